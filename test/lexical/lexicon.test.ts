import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments, planDocuments } from '../../src/align/index.js';
import { InputError } from '../../src/errors.js';
import { formatLexicon, type Lexicon, parseLexicon, reverseLexicon, lexiconConcepts } from '../../src/lexical/index.js';
import { lines, makeDoc } from '../align/helpers.js';
import { SHARED } from '../helpers/shared.js';

const DIR = join(SHARED, 'eval', 'alibi_en-fr');
const en = lines(join(DIR, 'TheVision.en'));
const fr = lines(join(DIR, 'TheVision.fr'));
const learned = (): Lexicon => planDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr')).lexicon!;
const langs = { source: 'en', target: 'fr' };

describe('the lexicon learned from a document', () => {
  it('links the words a translation uses for each other', () => {
    const lexicon = learned();
    const { source, target } = lexiconConcepts(lexicon, 0.3);
    const partner = (word: string): string | undefined => {
      const s = lexicon.sourceWords.indexOf(word);
      const c = source[s]!;
      const t = c >= 0 ? target.indexOf(c) : -1;
      return t >= 0 ? lexicon.targetWords[t] : undefined;
    };
    expect(partner('king')).toBe('roi');
    expect(partner('crown')).toBe('couronne');
    expect(partner('queen')).toBe('reine');
  });

  it('is saved as TSV and read back to the same bytes', () => {
    const text = formatLexicon(learned(), langs);
    expect(text.split('\n')[0]).toBe('#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0');
    const { lexicon, languages } = parseLexicon(text, 'lexicon.tsv');
    expect(languages).toEqual(langs);
    expect(formatLexicon(lexicon, languages)).toBe(text);
    // Sorted by source word then target word, each pair once, probabilities in [0, 1] or '-'.
    const rows = text.trimEnd().split('\n').slice(1).map((l) => l.split('\t'));
    const keys = rows.map((r) => `${r[0]}\t${r[1]}`);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of rows) for (const p of r.slice(2)) expect(p === '-' || (Number(p) >= 0 && Number(p) <= 1)).toBe(true);
  });

  it('reversed twice is itself', () => {
    const text = formatLexicon(learned(), langs);
    const { lexicon } = parseLexicon(text, 'l.tsv');
    expect(formatLexicon(reverseLexicon(reverseLexicon(lexicon)), langs)).toBe(text);
    expect(formatLexicon(reverseLexicon(lexicon), { source: 'fr', target: 'en' }).split('\n').length).toBe(text.split('\n').length);
  });

  it('aligns the same when given back as a file', () => {
    const { lexicon } = parseLexicon(formatLexicon(learned(), langs), 'l.tsv');
    expect(alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr'), { lexicon })).toEqual(alignDocuments(makeDoc(en), makeDoc(fr, undefined, 'fr')));
  });

  it('refuses a file that is not a lexicon, naming the line', () => {
    const fail = (text: string): string => {
      try {
        parseLexicon(text, 'x.tsv');
      } catch (error) {
        if (error instanceof InputError) return error.message;
      }
      return 'no error';
    };
    expect(fail('dog\tchien\n')).toBe("x.tsv: line 1: expected the header '#bitext-lexicon<TAB>source=…<TAB>target=…<TAB>prefix=…' (bitext lexicon)");
    expect(fail('#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0\ndog\tchien\t0.5\t0.4\ncat\tchat\t2\t-\n')).toBe("x.tsv: line 3: '2' is not a probability (bitext lexicon)");
    expect(fail('#bitext-lexicon\tsource=en\ttarget=fr\tprefix=0\ndog\tchien\n')).toBe(
      'x.tsv: line 2: expected source<TAB>target<TAB>p(target|source)<TAB>p(source|target) (bitext lexicon)',
    );
  });
});
