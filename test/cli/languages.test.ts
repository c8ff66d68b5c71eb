/**
 * Issue 16's table, row by row, as a user meets it: short texts in other scripts split into their
 * sentences, are detected as the language they are in (and accepted when `--from`/`--to` say so),
 * and align 1-1 against their English. Texts written for these tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';

let dir: string;
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, `${text}\n`);
  return path;
};

const ENGLISH_3 = 'We stayed at home all day! Did you go to the market? My brother bought three apples.';
const CHINESE_3 = '我们整天待在家里！你去市场了吗？我哥哥买了三个苹果。';
const GREEK_2 = 'Πήγες στην αγορά; Ναι, πήγα.';
const ENGLISH_GREEK_2 = 'Did you go to the market? Yes, I went.';
const THAI_3 = 'วันนี้พวกเราอยู่บ้านกันทั้งวันเพราะฝนตกหนักมาก เมื่อวานคุณไปตลาดนัดกับเพื่อนของคุณหรือเปล่า พี่ชายของฉันซื้อแอปเปิ้ลสีแดงมาสามผลจากตลาด';
const ENGLISH_THAI_3 = 'We stayed at home all day today because it rained very heavily. Did you go to the market with your friend yesterday? My brother bought three red apples from the market.';
const ENGLISH_5 = 'We stayed at home all day! Did you go to the market? My brother bought three apples. Then we went to the park. There were many children there.';
const RUSSIAN_5 = 'Мы весь день сидели дома! Ты ходил на рынок? Мой брат купил три яблока. Потом мы пошли в парк. Там было много детей.';
const HINDI_5 = 'हम पूरे दिन घर पर रहे! क्या तुम बाज़ार गए थे? मेरे भाई ने तीन सेब खरीदे। फिर हम पार्क गए। वहाँ बहुत सारे बच्चे थे।';

const oneToOne = (n: number): string => Array.from({ length: n }, (_, i) => `[${i}]:[${i}]`).join('\n');
const ladder = (stdout: string): string => stdout.trim().split('\n').map((l) => l.replace(/:[\d.]+$/u, '')).join('\n');

beforeAll(() => {
  dir = tempDir();
});

describe('issue 16: sentences of other scripts', () => {
  it.each([
    ['Chinese fullwidth ！ and ？ without a space', 'zh', CHINESE_3, 3],
    ['Japanese, the same text', 'ja', CHINESE_3, 3],
    ['Greek question mark', 'el', GREEK_2, 2],
    ['Thai, spaces between sentences', 'th', THAI_3, 3],
    ['Russian', 'ru', RUSSIAN_5, 5],
    ['Hindi danda', 'hi', HINDI_5, 5],
    ['Arabic question mark', 'ar', 'هل ذهبت إلى السوق؟ نعم، ذهبت.', 2],
  ])('%s', async (_what, lang, text, count) => {
    const { status, stdout } = await runBitext(['split', '--lang', lang, file(`split.${lang}.txt`, text)]);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(count);
  });

  it('keeps Russian abbreviations inside sentences and ends one after "и т. д." before a capital', async () => {
    const text = 'Это было в 1999 г. Потом он уехал в г. Москва, т. е. в столицу. Он купил хлеб, молоко и т. д. Иван пришёл поздно.';
    const { stdout } = await runBitext(['split', '--lang', 'ru', file('abbr.ru.txt', text)]);
    expect(stdout.trim().split('\n')).toEqual(['Это было в 1999 г.', 'Потом он уехал в г. Москва, т. е. в столицу.', 'Он купил хлеб, молоко и т. д.', 'Иван пришёл поздно.']);
  });
});

describe('issue 16: alignment against English', () => {
  it.each([
    ['Chinese', 'zh', ENGLISH_3, CHINESE_3, 3],
    ['Japanese', 'ja', ENGLISH_3, CHINESE_3, 3],
    ['Greek', 'el', ENGLISH_GREEK_2, GREEK_2, 2],
    ['Thai', 'th', ENGLISH_THAI_3, THAI_3, 3],
  ])('%s gives 1-1 beads', async (_what, lang, english, other, count) => {
    const { status, stdout } = await runBitext(['align', '--from', 'en', '--to', lang, '-f', 'beads', file(`a.${lang}.en`, english), file(`a.${lang}`, other)]);
    expect(status).toBe(0);
    expect(ladder(stdout)).toBe(oneToOne(count));
  });
});

describe('issue 16: languages of close relatives', () => {
  it.each([
    ['Russian', 'ru', RUSSIAN_5],
    ['Hindi', 'hi', HINDI_5],
  ])('detects a 5-sentence %s paragraph as %s', async (_what, lang, text) => {
    const { stdout } = await runBitext(['detect', file(`d.${lang}`, text)]);
    expect(stdout.split('\t').slice(0, 2)).toEqual(['0', lang]);
  });

  it.each([
    ['Russian', 'ru', RUSSIAN_5],
    ['Hindi', 'hi', HINDI_5],
  ])('accepts a %s text with --to %s, aligns it 1-1 and writes xml:lang in ISO 639-1', async (_what, lang, text) => {
    const { status, stdout, stderr } = await runBitext(['align', '--from', 'en', '--to', lang, '-f', 'tmx', file(`t.${lang}.en`, ENGLISH_5), file(`t.${lang}`, text)]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.match(new RegExp(`xml:lang="${lang}"`, 'gu'))).toHaveLength(5);
  });

  it('aligns detected Russian as ru, not bg, in TMX', async () => {
    const { stdout } = await runBitext(['align', '-f', 'tmx', file('u.en', ENGLISH_5), file('u.ru', RUSSIAN_5)]);
    expect(stdout).toContain('xml:lang="ru"');
    expect(stdout).not.toContain('xml:lang="bg"');
  });

  it.each([
    ['a Russian text said to be Bulgarian', 'bg', RUSSIAN_5],
    ['a Russian text said to be Ukrainian', 'uk', RUSSIAN_5],
    ['a Hindi text said to be Marathi', 'mr', HINDI_5],
    ['a Hindi text said to be Nepali', 'ne', HINDI_5],
  ])('never refuses %s (a close relative): it warns at most', async (_what, lang, text) => {
    const { status, stderr } = await runBitext(['align', '--from', 'en', '--to', lang, '-f', 'beads', file(`w.${lang}.en`, ENGLISH_5), file(`w.${lang}`, text)]);
    expect(status).toBe(0);
    expect(stderr).not.toMatch(/error/u);
  });

  it('still refuses a side in an unrelated language, naming it in ISO 639-1 as detect does', async () => {
    const { status, stderr } = await runBitext(['align', '--from', 'en', '--to', 'de', file('x.en', ENGLISH_5), file('x.hi', HINDI_5)]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/text is in Hindi \(hi, confidence \d\.\d\d\), expected German/u);
    const detect = await runBitext(['detect', file('x2.hi', HINDI_5)]);
    expect(detect.stdout.split('\t')[1]).toBe('hi');
  });
});

describe('issue 16: detect previews', () => {
  it('cuts the first-words column of unspaced scripts as it cuts spaced ones', async () => {
    const long = `${CHINESE_3.repeat(3)}\n\n${THAI_3} ${THAI_3}\n\n${ENGLISH_5}`;
    const { stdout } = await runBitext(['detect', file('p.txt', long)]);
    const previews = stdout.trim().split('\n').map((row) => row.split('\t')[3]!);
    expect(previews).toHaveLength(3);
    for (const preview of previews) {
      expect(preview.endsWith(' …')).toBe(true);
      expect(preview.length).toBeLessThanOrEqual(70);
    }
    expect(previews[0]).toBe('我们整天待在家里！你去市场了吗 …');
  });
});
