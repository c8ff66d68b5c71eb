/**
 * The whole job as one pure call: texts in, aligned bitext out. The CLI's `align` command is this
 * function plus reading, filtering and writing.
 */
import { type AlignOptions, alignDocuments } from './align/index.js';
import { type NamedText, type PrepareOptions, prepareBilingual, preparePair } from './document/prepare.js';
import type { Alignment } from './types.js';

export interface BitextOptions extends PrepareOptions, AlignOptions {}

/** An alignment and the notes a user should see about how the inputs were read. */
export interface BitextResult extends Alignment {
  readonly notes: readonly string[];
}

/**
 * Align a text and its translation.
 * @param source the source text, or one text holding both languages when `target` is absent
 * @param target the target text
 * @example align('The cat sleeps. It dreams.', 'Le chat dort. Il rêve.', { from: 'en', to: 'fr' })
 */
export function align(source: string | NamedText, target?: string | NamedText, options: BitextOptions = {}): BitextResult {
  const named = (t: string | NamedText, name: string): NamedText => (typeof t === 'string' ? { name, text: t } : t);
  const prepared =
    target === undefined
      ? prepareBilingual(named(source, 'input'), options)
      : preparePair(named(source, 'source'), named(target, 'target'), options);
  const beads = alignDocuments(prepared.source, prepared.target, options);
  return { source: prepared.source, target: prepared.target, beads, notes: prepared.notes };
}
