/**
 * The whole job as one pure call: texts in, aligned bitext out. The CLI's `align` command is this
 * function plus reading, filtering and writing (it calls the two halves itself, see `prepareInputs`).
 */
import { type AlignOptions, alignDocuments } from './align/index.js';
import { type NamedText, type PrepareOptions, type PreparedPair, prepareBilingual, preparePair } from './document/prepare.js';
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
  return alignInputs(prepareInputs(source, target, options), options);
}

/**
 * The first half of `align`: the two Documents. The Documents do not need the input texts to stay
 * alive (see document/build.ts), so a caller that drops them here, as the CLI does, frees their
 * memory before the alignment starts.
 */
export function prepareInputs(source: string | NamedText, target: string | NamedText | undefined, options: PrepareOptions = {}): PreparedPair {
  const named = (t: string | NamedText, name: string): NamedText => (typeof t === 'string' ? { name, text: t } : t);
  return target === undefined ? prepareBilingual(named(source, 'input'), options) : preparePair(named(source, 'source'), named(target, 'target'), options);
}

/** The second half of `align`: the beads of prepared Documents. */
export function alignInputs(prepared: PreparedPair, options: AlignOptions = {}): BitextResult {
  const beads = alignDocuments(prepared.source, prepared.target, options);
  return { source: prepared.source, target: prepared.target, beads, notes: prepared.notes };
}
