/** Lexical evidence across scripts (issue 16): numbers in any digits, Latin words inside CJK text, CJK and Arabic punctuation. */
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { extractFeatures, FeatureVocabulary, fold, normaliseNumber, tokenize } from '../../src/lexical/index.js';
import { latinForm } from '../../src/lexical/latin.js';
import { forEachLexiconPiece } from '../../src/lexical/tokens.js';
import { ladder, makeDoc } from './helpers.js';

/** Feature keys of each text, sharing one vocabulary. */
function features(...texts: string[]): string[][] {
  return featuresWith({}, ...texts);
}

/** Feature keys of each text, sharing one vocabulary, extracted with `options`. */
function featuresWith(options: { nameSkeletons?: boolean }, ...texts: string[]): string[][] {
  const vocab = new FeatureVocabulary();
  return texts.map((text) => {
    const rows = extractFeatures([text], vocab, undefined, options);
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

describe('letters only Japanese and Chinese use, inside their words (issue 16)', () => {
  // ー (U+30FC) and halfwidth ｰ are of the Common script; their script extensions are Hiragana and Katakana.
  it.each([
    ['ピーターは言った', ['ピーターは言った']],
    ['コーヒーを飲む', ['コーヒーを飲む']],
    ['ｺｰﾋｰ', ['ｺｰﾋｰ']],
    ['ーと', ['ーと']],
    ['〆切', ['〆切']],
    ['ピーター・パン', ['ピーター', 'パン']],
    ['NASAー', ['NASA', 'ー']],
    ['Peter came.', ['Peter', 'came']],
  ])('%s is read as %j', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it('gives the lexicon a katakana word with ー whole', () => {
    const pieces: string[] = [];
    const text = 'ピーターは言った';
    forEachLexiconPiece(text, 0, text.length, (start, end) => pieces.push(text.slice(start, end)));
    expect(pieces[0]).toBe('ピーター');
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

  it.each([
    ['Korean outer quotes', '《가거라.》 그가 말했다.'],
    ['Korean inner quotes', '〈예〉라고 말했다.'],
  ])('counts %s as a quote, as the English “…”', (_name, text) => {
    expect(features(text)[0]).toContain('"');
  });

  it('keeps the curly apostrophe out of the quotes', () => {
    expect(features('Uriah’s widow')[0]).not.toContain('"');
  });

  it('leaves the fullwidth colon and semicolon out: Chinese puts them where English has commas', () => {
    expect(features('他说：来；走')[0]).not.toEqual(expect.arrayContaining([':']));
  });
});

describe('Greek, Cyrillic and Devanagari names in Latin letters (cognates)', () => {
  const latin = (word: string): string | undefined => latinForm(word, fold(word));

  it.each([
    // Greek as Latin took Greek names: ι before a vowel at the start is j, ου u, αι ae, κ c, χ ch, φ ph, θ th.
    ['Ιησούς', 'jesus'],
    ['Ιερουσαλήμ', 'jerusalem'],
    ['Γαλιλαία', 'galilaea'],
    ['Καισάρεια', 'caesareia'],
    ['Χριστός', 'christos'],
    ['Φαρισαίοι', 'pharisaeoe'],
    ['Βηθλεέμ', 'bethleem'],
    ['Ισραήλ', 'israel'],
    ['Παύλος', 'paulos'],
    ['Βαβυλώνα', 'babylona'],
    ['ΑΓΓΕΛΟΣ', 'angelos'],
    // Devanagari: an inherent a after a consonant with no vowel sign or virama, but not at the end.
    ['गलील', 'galil'],
    ['इस्राएल', 'israel'],
    ['पौलुस', 'paulus'],
    ['फरीसी', 'pharisi'],
    ['अब्राहम', 'abraham'],
    ['संत', 'sant'],
    ['ज़करयाह', 'zakarayah'],
    ['उत्\u200dपन्न', 'utpann'],
    // Cyrillic by BGN/PCGN, as English spells Russian names: х kh, щ shch, ю yu, я ya; й and ё folded to и and е.
    ['Павел', 'pavel'],
    ['Тимофей', 'timofei'],
    ['Хрущёв', 'khrushchev'],
    ['Галилея', 'galileya'],
    ['Юрий', 'yurii'],
    ['ЩУКА', 'shchuka'],
    // Ukrainian є and і, Serbian ђ, ћ, љ, џ.
    ['Європа', 'yevropa'],
    ['Київ', 'kiiv'],
    ['Ђоковић', 'djokovic'],
    ['Љубљана', 'ljubljana'],
    ['Џон', 'dzhon'],
  ])('%s is %s', (word, form) => {
    expect(latin(word)).toBe(form);
  });

  it('gives every Devanagari vowel sign a vowel in place of the inherent a', () => {
    for (let u = 0x093e; u <= 0x094c; u++) {
      if (u === 0x094d) continue;
      const form = latin(`क${String.fromCharCode(u)}त`);
      expect(form, `U+${u.toString(16)}`).toMatch(/^k(?:[aeiou]+|ri)t$/u);
    }
    expect(latin('कॢत')).toBe('klit');
  });

  it('leaves words of other scripts alone', () => {
    expect(latin('Galilee')).toBeUndefined();
    expect(latin('الجليل')).toBeUndefined();
    expect(latin('예수')).toBeUndefined();
  });

  it('gives a Greek, Russian or Hindi name the cognate feature of its English form', () => {
    const [english, greek, russian, hindi] = features('They came to Galilee.', 'Ήρθαν στη Γαλιλαία.', 'Они пришли в Галилею.', 'वे गलील में आए।');
    expect(english).toContain('p:gali');
    expect(greek).toContain('p:gali');
    expect(russian).toContain('p:gali');
    expect(hindi).toContain('p:gali');
  });

  it('keeps a word whole across a zero-width joiner', () => {
    expect(tokenize('यीशु उत्\u200dपन्न हुआ').map((t) => t.text)).toEqual(['यीशु', 'उत्\u200dपन्न', 'हुआ']);
    expect(tokenize('a\u200db').map((t) => t.text)).toEqual(['a\u200db']);
    expect(tokenize('!\u200db').map((t) => t.text)).toEqual(['!', 'b']);
  });
});

describe('Japanese and Korean names by their consonants (issue 16)', () => {
  const skeletons = (...texts: string[]): string[][] => featuresWith({ nameSkeletons: true }, ...texts).map((keys) => keys.filter((k) => k.startsWith('k:')));

  it('gives an English name, a katakana run and a Hangul word with its particle one skeleton feature', () => {
    const [english, japanese, korean] = skeletons('Then Peter went to Galilee.', 'ペテロはガリラヤへ行った。', '베드로는 갈릴리로 갔다.');
    expect(english).toEqual(['k:KRR', 'k:PTR']);
    expect(japanese).toEqual(['k:KRR', 'k:PTR']);
    expect(korean).toEqual(['k:KRR', 'k:PTR']);
  });

  it('reads a katakana run whole across ー, and leaves hiragana and Han out', () => {
    // ルーテル rooteru: the whole run is Luther's RTR; cut at ー, テル would be TR.
    expect(skeletons('ルーテルの町へ。', 'Luther came.', 'He met Luther.')).toEqual([['k:RTR'], [], ['k:RTR']]);
    expect(skeletons('パリサイ人とサドカイ人が来た。')).toEqual([['k:PRS', 'k:STK']]);
  });

  it('takes no skeleton from a capitalised word at the start of an English sentence, nor from a lower-case one', () => {
    expect(skeletons('Peter came.', 'He met peter.', 'He met Peter.')).toEqual([[], [], ['k:PTR']]);
  });

  it('gives no skeleton unless asked: a pair in one script keeps its features', () => {
    expect(features('Then Peter went to Galilee.', '베드로는 갈릴리로 갔다.').flat().some((k) => k.startsWith('k:'))).toBe(false);
  });

  // The second English sentence goes with the first target sentence by length (which is long),
  // with the second by the names it shares with it (Philip, Samaria: ピリポ, サマリヤ, 빌립, 사마리아).
  const english = ['Peter went down to Galilee.', 'Philip went to Samaria.', 'He preached.'];
  const unrelatedNames = ['Andrew went down to Egypt.', 'Simon went to Sidon.', 'He preached.'];
  it.each([
    ['Japanese', ['ペテロは弟子たちと共にガリラヤの町々へ下って行き、そこで長い間人々に教えた。', 'ピリポはサマリヤへ行き、宣べ伝えた。']],
    ['Korean', ['베드로는 제자들과 함께 갈릴리의 여러 마을로 내려가서 오랫동안 사람들을 가르쳤다.', '빌립은 사마리아로 가서 전파하였다.']],
  ])('aligns a short English-%s pair by its names where the lengths say otherwise', (_, target) => {
    const doc = makeDoc(target, [target.length], 'xx');
    expect(ladder(alignDocuments(makeDoc(english), doc))).toEqual(['[0]:[0]', '[1,2]:[1]']);
    expect(ladder(alignDocuments(makeDoc(unrelatedNames), doc))).toEqual(['[0,1]:[0]', '[2]:[1]']);
  });
});
