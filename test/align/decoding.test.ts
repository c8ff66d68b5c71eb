/** How the final pass decodes: the best path in one script, maximum expected accuracy across two (params.ts). */
import { describe, expect, it } from 'vitest';
import { documentProblem, planDocuments } from '../../src/align/index.js';
import { DECODING_GAIN_ACROSS_SCRIPTS } from '../../src/align/params.js';
import { prepareDocument } from '../../src/document/prepare.js';

const english = 'In the beginning was the Word. The Word was with God. All things were made by him.';
const french = 'Au commencement était la Parole. La Parole était avec Dieu. Toutes choses ont été faites par elle.';
const japanese = '初めに言があった。言は神と共にあった。万物は言によって成った。';

function plan(target: string, lang: 'fr' | 'ja') {
  const src = prepareDocument({ name: 's', text: english }, { lang: 'en' });
  const tgt = prepareDocument({ name: 't', text: target }, { lang });
  return { problem: documentProblem(src, tgt), plan: planDocuments(src, tgt) };
}

describe('final-pass decoding', () => {
  it('decodes a pair in two scripts by maximum expected accuracy', () => {
    const { problem, plan: p } = plan(japanese, 'ja');
    expect(problem.acrossScripts).toBe(true);
    expect(p.params.decodingGain).toBe(DECODING_GAIN_ACROSS_SCRIPTS);
  });

  it('keeps the best path for a pair in one script', () => {
    const { problem, plan: p } = plan(french, 'fr');
    expect(problem.acrossScripts).toBeUndefined();
    expect(p.params.decodingGain).toBeUndefined();
  });
});
