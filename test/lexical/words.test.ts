import { describe, expect, it } from 'vitest';
import { WordKeys } from '../../src/lexical/words.js';

/** The keys a lexicon learns a text's words as (NFC here: folding leaves Hangul syllables as their jamo). */
const keysOf = (text: string, prefix = 0): string[] => {
  const keys = new WordKeys(prefix);
  return keys.wordsOf(text).map((id) => keys.keys[id]!.normalize('NFC'));
};

describe('the words a lexicon reads', () => {
  it.each([
    ['Le Roi marchait.', 0, ['le', 'roi', 'marchait']],
    ['marchait marchons', 5, ['march', 'march']],
    // Han and kana have no spaces between words: a run is read as the words of ICU's dictionary.
    ['イエス・キリスト', 0, ['イエス', 'キリスト']],
    ['イエスは弟子たちに', 0, ['イエス', 'は', '弟子', 'たち', 'に']],
    ['国', 0, ['国']],
    // A Latin name inside Chinese text stays a word of its own.
    ['中国UNESCO会议', 0, ['中国', 'unesco', '会议']],
    // A Korean word carries its particles and endings: read as its first two syllables.
    ['예수께서 말씀하셨다', 0, ['예수', '말씀']],
    ['예수', 0, ['예수']],
    ['물', 0, ['물']],
    // Thai, Lao, Khmer and Myanmar put no spaces between words: a run is read as the words of ICU's dictionaries.
    ['คนทุกคนมีสิทธิ', 0, ['คน', 'ทุก', 'คน', 'มี', 'สิทธิ']],
    ['ທຸກຄົນມີສິດ', 0, ['ທຸກຄົນ', 'ມີ', 'ສິດ']],
    ['មានសិទ្ធិ', 0, ['មាន', 'សិទ្ធិ']],
    ['မြန်မာစာ', 0, ['မြန်မာ', 'စာ']],
    // A space there ends a clause, and a zero-width space a word, as between other words.
    ['คน ทุก\u200bคน', 0, ['คน', 'ทุก', 'คน']],
    // A mark no dictionary word holds is kept as it is.
    ['ๆ', 0, ['ๆ']],
    // Scripts written with spaces between words are read word by word.
    ['Πήγες στην αγορά', 0, ['πηγες', 'στην', 'αγορα']],
    // Accents, polytonic breathings, Arabic harakat, Hebrew points and the nukta are folded away…
    ['Ἰησοῦ Χριστοῦ', 0, ['ιησου', 'χριστου']],
    ['كَتَبَ كتب', 0, ['كتب', 'كتب']],
    ['שָׁלוֹם', 0, ['שלום']],
    ['ज़मीन जमीन', 0, ['जमीन', 'जमीन']],
    // …but the vowel signs, viramas and coengs that spell a word are not: three Hindi words, one Khmer word.
    ['की को के', 0, ['की', 'को', 'के']],
    ['ព្រះ', 0, ['ព្រះ']],
    // A zero-width joiner or non-joiner inside a word keeps it whole (and is folded away).
    ['परमेश्\u200dवर परमेश्वर', 0, ['परमेश्वर', 'परमेश्वर']],
    ['می\u200cخواهم', 0, ['میخواهم']],
  ] as const)('%s (prefix %i) → %j', (text, prefix, expected) => {
    expect(keysOf(text, prefix)).toEqual(expected);
  });
});
