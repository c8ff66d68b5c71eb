/**
 * The change of language inside a paragraph: where the cut falls (a table of paragraphs written in
 * the style the held-out documents showed to be hard: short quoted lines, names on both sides,
 * abbreviations, a final mark inside a sentence, a line break inside the last sentence before the
 * change), and how sure it is of the stretches around it.
 */
import { describe, expect, it } from 'vitest';
import { changePoint } from '../../src/detect/change-point.js';
import { splitSentences } from '../../src/segment/index.js';
import type { Lang, Span } from '../../src/types.js';

const cut = (text: string, langs: readonly [Lang, Lang]) => {
  const span: Span = [0, text.length];
  return changePoint(text, span, langs, splitSentences(text, span));
};

describe('changePoint', () => {
  it.each([
    {
      what: 'a final mark inside a sentence and an abbreviation are no place to change',
      text: '"Oh dear! is it true?" said Mr. Weston. « Est-ce toi, Martin ? » demanda la vieille femme sur le seuil.',
      langs: ['en', 'fr'],
      second: '« Est-ce toi',
    },
    {
      what: 'a name on both sides, French first',
      text: '« Un succès suppose un effort », dit M. Knightley. « Vous ne voudriez pas que je reste sur mon succès ? » "Success supposes endeavour," said Mr. Knightley. "You would not have me stop at my success?"',
      langs: ['fr', 'en'],
      second: '"Success supposes',
    },
    {
      what: 'a short last sentence, hard-wrapped',
      text: 'They thrust me upon a stool. "Hold her arms, Miss Abbot: she\'s\nlike a mad cat." On me poussa sur un tabouret. « Tenez-lui les bras, mademoiselle Abbot : elle est comme un chat enragé. »',
      langs: ['en', 'fr'],
      second: 'On me poussa',
    },
    {
      what: 'a short question at the change',
      text: 'There, sit down, and think over your wickedness. Am I a servant? Là, asseyez-vous, et réfléchissez à votre méchanceté. Suis-je une servante ?',
      langs: ['en', 'fr'],
      second: 'Là, asseyez-vous',
    },
  ] as const)('$what', ({ text, langs, second }) => {
    const found = cut(text, langs);
    expect(found).toBeDefined();
    expect(text.slice(found!.at)).toMatch(new RegExp(`^${second.replace(/[?()]/gu, '\\$&')}`));
  });

  it('is surer of stretches far from the cut than of those next to it, and sure of neither side past it', () => {
    const text = 'The pool will be closed for two weeks. Lessons will be made up in August. We apologize. La piscine sera fermée deux semaines. Les cours seront repris en août. Nous nous excusons.';
    const found = cut(text, ['en', 'fr'])!;
    expect(text.slice(found.at)).toMatch(/^La piscine/u);
    const far = found.before(text.indexOf(' Lessons'));
    const near = found.before(text.indexOf(' La piscine'));
    expect(far).toBeGreaterThanOrEqual(near);
    expect(near).toBeGreaterThan(0.5);
    expect(found.after(found.at)).toBeGreaterThan(0.5);
    // A stretch that begins before the cut is on the second side only if the cut is earlier still.
    expect(found.after(text.indexOf('Lessons'))).toBeLessThan(0.5);
    expect(found.before(text.length)).toBeLessThan(0.5);
  });

  it('has nothing to say for a language without a trigram model, or a span of one word', () => {
    expect(changePoint('Hello there. Bonjour.', [0, 21], ['en', 'tlh'], [])).toBeUndefined();
    expect(changePoint('Hello', [0, 5], ['en', 'fr'], [[0, 5]])).toBeUndefined();
  });
});
