import { describe, expect, it } from 'vitest';
import { confusable, confusableWith, lettersRuleOut, preferredOver } from '../../src/detect/groups.js';
import { detectDocument } from '../../src/detect/index.js';

describe('confusable groups', () => {
  it.each([
    ['ru', 'bg', true],
    ['ru', 'uk', true],
    ['hi', 'bho', true],
    ['id', 'ms', true],
    ['no', 'nb', true],
    ['sv', 'da', true],
    ['hr', 'bs', true],
    ['es', 'gl', true],
    ['zh', 'ja', true],
    ['ru', 'en', false],
    ['hi', 'ur', false],
    ['fr', 'es', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(confusable(a, b)).toBe(expected);
    expect(confusable(b, a)).toBe(expected);
  });

  it('lists the relatives of a language, itself excluded', () => {
    expect(confusableWith('bg')).toEqual(['ru', 'uk', 'sr', 'be', 'mk', 'bs']);
    expect(confusableWith('en')).toEqual([]);
  });

  it('prefers the most widely used language the text does not rule out; Chinese and Japanese are left to their script', () => {
    expect(preferredOver('bg', () => true)).toBe('ru');
    expect(preferredOver('ru', () => true)).toBeUndefined();
    expect(preferredOver('uk', (l) => l !== 'ru')).toBeUndefined();
    expect(preferredOver('ja', () => true)).toBeUndefined();
  });
});

describe('letters and marker words', () => {
  it.each([
    ['ы and э are not Bulgarian, Ukrainian or Serbian', 'Мы были в этом доме, вы тоже.', ['bg', 'uk', 'sr', 'mk'], ['ru']],
    ['і and ї are not Russian', 'Він їхав у місто, і вона їхала теж.', ['ru', 'bg'], ['uk']],
    ['ј and љ are not Russian', 'Људи су јели и пили у граду.', ['ru', 'uk', 'bg'], ['sr']],
    ['Hindi auxiliaries rule out Bhojpuri and Marathi', 'वह घर गया था और हम बाज़ार गए थे।', ['bho', 'mr', 'ne', 'mai'], ['hi']],
    ['Marathi auxiliaries rule out Hindi', 'तो घरी आहे आणि ती शाळेत आहे.', ['hi'], ['mr']],
  ])('%s', (_what, text, out, kept) => {
    for (const lang of out) expect(lettersRuleOut(text, lang)).toBe(true);
    for (const lang of kept) expect(lettersRuleOut(text, lang)).toBe(false);
  });

  it('needs two occurrences: one can be a name', () => {
    expect(lettersRuleOut('Это был Јован.', 'ru')).toBe(false);
  });
});

describe('detectDocument among close relatives', () => {
  it('gives a short Russian text that franc calls Bulgarian to Russian', () => {
    expect(detectDocument('Мы весь день сидели дома! Ты ходил на рынок? Мой брат купил три яблока.').lang).toBe('ru');
  });

  it('keeps Ukrainian and Bulgarian when their letters or the evidence say so', () => {
    expect(detectDocument('Ми весь день сиділи вдома! Ти ходив на ринок? Мій брат купив три яблука. Потім ми пішли в парк.').lang).toBe('uk');
    expect(detectDocument('Цял ден стояхме вкъщи! Ходи ли на пазара? Брат ми купи три ябълки. После отидохме в парка. Там имаше много деца, които играеха на пясъка и тичаха по алеите.').lang).toBe('bg');
  });

  it('prefers the language the caller expects among relatives', () => {
    expect(detectDocument('हम पूरे दिन घर पर रहे! क्या तुम बाज़ार गए थे?', ['hi']).lang).toBe('hi');
  });
});
