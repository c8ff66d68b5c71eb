/** Lexical evidence across scripts (issue 16): numbers in any digits, Latin words inside CJK text, CJK and Arabic punctuation. */
import { describe, expect, it } from 'vitest';
import { extractFeatures, FeatureVocabulary, normaliseNumber, tokenize } from '../../src/lexical/index.js';

/** Feature keys of each text, sharing one vocabulary. */
function features(...texts: string[]): string[][] {
  const vocab = new FeatureVocabulary();
  return texts.map((text) => {
    const rows = extractFeatures([text], vocab);
    return [...rows.ids.subarray(rows.off[0]!, rows.off[1]!)].map((id) => vocab.keys[id]!).sort();
  });
}

describe('numbers in any script', () => {
  it.each([
    ['٢٠٢٠', '2020'],
    ['१२३', '123'],
    ['๒๕', '25'],
    ['３', '3'],
    ['1,000', '1000'],
  ])('%s is %s', (token, value) => {
    expect(normaliseNumber(token)).toBe(value);
  });

  it('matches a number written in Arabic-Indic digits with the same number in ASCII digits', () => {
    const [english, arabic] = features('In 2020 there were 12 members.', 'في عام ٢٠٢٠ كان هناك ١٢ عضوا.');
    expect(english).toContain('#2020');
    expect(arabic).toContain('#2020');
    expect(arabic).toContain('#12');
  });
});

describe('Latin words inside Chinese and Japanese text', () => {
  it('ends a word where the script changes', () => {
    expect(tokenize('联合国UNESCO的报告').map((t) => t.text)).toEqual(['联合国', 'UNESCO', '的报告']);
    expect(tokenize('東京でNASAの').map((t) => t.text)).toEqual(['東京で', 'NASA', 'の']);
  });

  it('gives an acronym inside Chinese text the name feature it has in English', () => {
    const [english, chinese] = features('The report of UNESCO was read.', '会上宣读了联合国UNESCO的报告。');
    expect(english).toContain('n:unesco');
    expect(chinese).toContain('n:unesco');
  });
});

describe('punctuation of other scripts', () => {
  it('counts fullwidth ? and !, CJK corner quotes and the Arabic question mark as their Latin forms', () => {
    const [english, chinese, japanese, arabic] = features('"Did you go?" Yes!', '你去了吗？是的！', '「行ったの？」', 'هل ذهبت؟');
    expect(english).toEqual(expect.arrayContaining(['?', '!', '"']));
    expect(chinese).toEqual(expect.arrayContaining(['?', '!']));
    expect(japanese).toEqual(expect.arrayContaining(['?', '"']));
    expect(arabic).toContain('?');
  });

  it('leaves the fullwidth colon and semicolon out: Chinese puts them where English has commas', () => {
    expect(features('他说：来；走')[0]).not.toEqual(expect.arrayContaining([':']));
  });
});
