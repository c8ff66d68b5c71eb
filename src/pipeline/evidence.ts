/**
 * The user's lexical evidence turned to the pair as read: dictionaries and a saved lexicon are
 * checked against the pair's languages (given or detected) and reversed when they run the other
 * way; a dictionary that names no languages is turned by what the texts hold. What was turned is
 * said in diagnostics.
 */
import { type AlignOptions, sentenceTexts } from '../align/index.js';
import { canonicalLang, isDetectable } from '../detect/index.js';
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { DocumentPair } from '../document/prepare.js';
import { InputError } from '../errors.js';
import { countEntries, type Lexicon, type LexiconLanguages, orientDictionary, type ParsedDictionary, reverseLexicon } from '../lexical/index.js';

/** A lexicon read from a file, with the languages its header names. */
export interface LexiconFile {
  readonly name: string;
  readonly lexicon: Lexicon;
  readonly languages: LexiconLanguages;
}

/** Evidence the caller brings: dictionaries as parsed, a lexicon file as read. */
export interface UserEvidence {
  readonly dictionaries?: readonly ParsedDictionary[];
  readonly lexiconFile?: LexiconFile;
  /**
   * Lexicons learned from a whole corpus, one per language pair (`bitext batch`): a pair uses the
   * one of its languages, either way round, instead of learning its own; a pair none is of learns
   * its own. Ignored when a lexicon file is given.
   */
  readonly corpusLexicons?: readonly LexiconFile[];
}

/**
 * The align options for the user's evidence, and what to tell about it.
 * @throws InputError naming a dictionary or lexicon file whose languages are not the pair's
 */
export function userEvidence(documents: DocumentPair, evidence: UserEvidence): { options: Pick<AlignOptions, 'dictionary' | 'lexicon'>; diagnostics: Diagnostic[] } {
  const { source, target } = documents;
  const pair = { source: source.lang, target: target.lang };
  const diagnostics: Diagnostic[] = [];
  const turned = (evidence.dictionaries ?? []).map((parsed) =>
    orientDictionary(parsed, pair, { canonical: canonicalLang, known: isDetectable }, { source: sentenceTexts(source), target: sentenceTexts(target) }),
  );
  // One part a dictionary: the scorer reads each part's terms once for the run, by its table (dictionary/scorer.ts).
  const entries = turned.length ? { parts: turned.flatMap((d) => d.entries.parts) } : undefined;
  for (const [k, d] of turned.entries()) {
    if (d.reversed || d.guessed) {
      const how = d.guessed ? `names no languages; read as ${d.reversed ? 'target-source' : 'source-target'}, as the texts suggest` : `is ${evidence.dictionaries![k]!.languages!.join('-')}; read the other way round`;
      diagnostics.push(
        diagnostic('dictionary-turned', 'info', `dictionary ${how} for ${pair.source}-${pair.target}`, { name: d.name, reversed: d.reversed, guessed: d.guessed }, { input: d.name }),
      );
    }
  }
  let lexicon: Lexicon | undefined;
  const file = evidence.lexiconFile;
  if (!file && evidence.corpusLexicons) lexicon = corpusLexicon(evidence.corpusLexicons, pair);
  if (file) {
    const [s, t] = [canonicalLang(file.languages.source), canonicalLang(file.languages.target)];
    const [a, b] = [canonicalLang(pair.source), canonicalLang(pair.target)];
    if (s === a && t === b) lexicon = file.lexicon;
    else if (s === b && t === a) {
      lexicon = reverseLexicon(file.lexicon);
      diagnostics.push(
        diagnostic('lexicon-turned', 'info', `lexicon is ${file.languages.source}-${file.languages.target}; read the other way round`, { name: file.name }, { input: file.name }),
      );
    } else {
      throw new InputError(file.name, `a ${file.languages.source}-${file.languages.target} lexicon, not one for ${pair.source}-${pair.target}`, {
        code: 'invalid-lexicon',
      });
    }
  }
  return { options: { ...(entries && countEntries(entries) && { dictionary: { entries } }), ...(lexicon && { lexicon }) }, diagnostics };
}

/** The corpus lexicon of a pair's languages, turned to the pair; undefined when there is none. */
function corpusLexicon(lexicons: readonly LexiconFile[], pair: { source: string; target: string }): Lexicon | undefined {
  const [a, b] = [canonicalLang(pair.source), canonicalLang(pair.target)];
  for (const { lexicon, languages } of lexicons) {
    const [s, t] = [canonicalLang(languages.source), canonicalLang(languages.target)];
    if (s === a && t === b) return lexicon;
    if (s === b && t === a) return reverseLexicon(lexicon);
  }
  return undefined;
}
