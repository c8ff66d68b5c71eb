/**
 * A learner of several rounds (engine.ts learnEvidence): after the first, it learns again from the
 * first pass's bands searched with the evidence it learned the round before.
 */
import { describe, expect, it } from 'vitest';
import { engineSettings, planAlignment } from '../../src/align/index.js';
import { prepareLengths } from '../../src/align/prepare.js';
import type { LearnedEvidence, LexicalLearner, LexicalScorer, Lexicon, TrainingBeads } from '../../src/lexical/index.js';
import { noLexicalEvidence } from '../../src/lexical/index.js';

const N = 12;

/** Evidence that source sentences 0-1 go with target sentence 0 (a 2-1 bead the lengths alone never make here). */
function twoToOne(): LexicalScorer {
  return {
    sourceUnits: N,
    targetUnits: N,
    score: (s0, s1, t0, t1) => (s0 === 0 && s1 === 2 && t0 === 0 && t1 === 1 ? 1 : 0),
    group: () => noLexicalEvidence(N, N),
  };
}

/** A learned evidence whose lexicon is only compared by identity. */
const learnedEvidence = (): LearnedEvidence => ({ evidence: { weight: 1, over: () => twoToOne() }, lexicon: { prefix: 0 } as Lexicon });
const learnedOnce = learnedEvidence();

/** A learner that records the beads it is given and answers `answers` in turn. */
function recordingLearner(rounds: number | undefined, answers: ReadonlyArray<LearnedEvidence | undefined>): LexicalLearner & { calls: TrainingBeads[] } {
  const calls: TrainingBeads[] = [];
  return { calls, ...(rounds !== undefined && { rounds }), learn: (beads) => answers[calls.push(beads) - 1] };
}

const beadList = (b: TrainingBeads): string[] => Array.from(b.s0, (s, k) => `${s},${b.s1[k]}:${b.t0[k]},${b.t1[k]}`);

function plan(learner: LexicalLearner) {
  const problem = { ...prepareLengths(Array(N).fill(100), [150, ...Array(N - 1).fill(100)]), learner };
  return planAlignment(problem, engineSettings({}));
}

describe('learning rounds', () => {
  it('learns once when the learner asks for one round, or says nothing', () => {
    for (const rounds of [undefined, 1]) {
      const learner = recordingLearner(rounds, [learnedOnce, learnedOnce]);
      plan(learner);
      expect(learner.calls).toHaveLength(1);
    }
  });

  it('learns again from the bands searched with the evidence of the round before, and keeps the last', () => {
    const second = learnedEvidence();
    const learner = recordingLearner(2, [learnedOnce, second]);
    const result = plan(learner);
    expect(learner.calls).toHaveLength(2);
    // Lengths alone: one bead a sentence; with the first round's evidence, sentences 0-1 of the source go with target 0.
    expect(beadList(learner.calls[0]!)).toContain('0,1:0,1');
    expect(beadList(learner.calls[1]!)).toContain('0,2:0,1');
    expect(result.lexicon).toBe(second.lexicon);
  });

  it('stops at a round that learns nothing, keeping what the round before learned', () => {
    const learner = recordingLearner(3, [learnedOnce, undefined, learnedOnce]);
    const result = plan(learner);
    expect(learner.calls).toHaveLength(2);
    expect(result.lexicon).toBe(learnedOnce.lexicon);
  });

  it('does not learn again when the first round learns nothing', () => {
    const learner = recordingLearner(2, [undefined, learnedOnce]);
    expect(plan(learner).lexicon).toBeUndefined();
    expect(learner.calls).toHaveLength(1);
  });
});
