/**
 * Rebuilding a shared scorer on another thread. The kinds bitext defines are rebuilt from here;
 * any other kind names the module that rebuilds it (its `import.meta.url`, exporting
 * `restore(shared)`), so a scorer defined outside bitext takes part in the same way.
 */
import { restoreDice } from './cognates.js';
import { combineScorers } from './combine.js';
import { offsetScorer } from './offset.js';
import { type LexicalScorer, noLexicalEvidence } from './scorer.js';
import type { SharedLexical } from './share.js';

/** A module that can rebuild the scorers it shares. */
interface RestoringModule {
  restore(shared: SharedLexical): LexicalScorer | Promise<LexicalScorer>;
}

/** Rebuild a scorer from its shared form (on any thread); it reads the same memory, and scores the same. */
export async function restoreLexical(shared: SharedLexical): Promise<LexicalScorer> {
  switch (shared.kind) {
    case 'none':
      return noLexicalEvidence(shared.sourceUnits as number, shared.targetUnits as number);
    case 'dice':
      return restoreDice(shared);
    case 'combined': {
      const parts = shared.parts as ReadonlyArray<{ readonly weight: number; readonly scorer: SharedLexical }>;
      const scorers = await Promise.all(parts.map(async (p) => ({ weight: p.weight, scorer: await restoreLexical(p.scorer) })));
      return combineScorers(scorers, { sum: shared.sum === true });
    }
    case 'offset': {
      const inner = await restoreLexical(shared.inner as SharedLexical);
      return offsetScorer(inner, shared.s0 as number, shared.t0 as number, shared.sourceUnits as number, shared.targetUnits as number);
    }
    default: {
      const loaded = (await import(shared.module)) as Partial<RestoringModule>;
      if (typeof loaded.restore !== 'function') throw new Error(`no lexical scorer of kind '${shared.kind}': ${shared.module} exports no restore()`);
      return loaded.restore(shared);
    }
  }
}
