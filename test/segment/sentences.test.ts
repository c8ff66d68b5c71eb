import { describe, expect, it } from 'vitest';
import { sentenceText, splitParagraphs, splitSentences } from '../../src/segment/index.js';
import type { Lang } from '../../src/types.js';

/** Sentences of a one-paragraph text, as output text. */
function sentences(text: string, lang?: Lang): string[] {
  return splitSentences(text, [0, text.length], lang).map((span) => sentenceText(text, span));
}

type Case = readonly [what: string, text: string, expected: readonly string[]];

const english: Case[] = [
  ['titles before names', 'Mr. Smith and Mrs. Jones met Dr. Watson on St. Mark Street. They talked.', ['Mr. Smith and Mrs. Jones met Dr. Watson on St. Mark Street.', 'They talked.']],
  ['initials', 'He met J. R. R. Tolkien in Oxford. George W. Bush did not.', ['He met J. R. R. Tolkien in Oxford.', 'George W. Bush did not.']],
  ['dotted acronym before a name and before lower case', 'The U.N. Security Council met at 5 p.m. yesterday. It voted.', ['The U.N. Security Council met at 5 p.m. yesterday.', 'It voted.']],
  ['dotted acronym ending a sentence before a sentence starter', 'He works for the U.N. The office is in New York.', ['He works for the U.N.', 'The office is in New York.']],
  ['a.m./p.m. ending a sentence', 'We met at 5 p.m. The meeting was long.', ['We met at 5 p.m.', 'The meeting was long.']],
  ['month before a day, and the day ending the sentence', 'It shipped on Jan. 5. Users liked it.', ['It shipped on Jan. 5.', 'Users liked it.']],
  ['Latin abbreviations', 'Some fruit, e.g. apples, i.e. the red ones. Cf. Smith for more. See also vs. below.', ['Some fruit, e.g. apples, i.e. the red ones.', 'Cf. Smith for more.', 'See also vs. below.']],
  ['etc. ends a sentence before a capital', 'Bring apples, pears, etc. The rest is here.', ['Bring apples, pears, etc.', 'The rest is here.']],
  ['references before numbers', 'See p. 5 and pp. 10-12. Also vol. IV, ch. 3 and art. 12 of No. 7. The end.', ['See p. 5 and pp. 10-12.', 'Also vol. IV, ch. 3 and art. 12 of No. 7.', 'The end.']],
  ['"no." as a word still ends a sentence', 'He said no. I left.', ['He said no.', 'I left.']],
  ['company before a starter and before a name', 'Apple Inc. announced results. Apple Inc. CEO Tim Cook spoke.', ['Apple Inc. announced results.', 'Apple Inc. CEO Tim Cook spoke.']],
  ['decimals, prices, versions', 'It costs $3.50 or 3.5 euros. Version 1.2.3 is out. That is all.', ['It costs $3.50 or 3.5 euros.', 'Version 1.2.3 is out.', 'That is all.']],
  ['a year ends a sentence, even before a number', 'I was born in 1990. 25 years later, I moved.', ['I was born in 1990.', '25 years later, I moved.']],
  ['numbered list markers start sentences', '1. Apples are red. 2. Pears are green.', ['1. Apples are red.', '2. Pears are green.']],
  ['ellipsis before a capital ends, before lower case not', 'Wait... What? Yes... and no. Well… Maybe.', ['Wait...', 'What?', 'Yes... and no.', 'Well…', 'Maybe.']],
  ['closing quote belongs to the sentence that ends', 'He said, "Go home." Then he left.', ['He said, "Go home."', 'Then he left.']],
  ['quoted exclamation followed by the reporting clause', '"Go home!" he said. "Now!"', ['"Go home!" he said.', '"Now!"']],
  ['curly quotes', '“Is it?” she asked. “Yes.” It was.', ['“Is it?” she asked.', '“Yes.”', 'It was.']],
  ['an opening quote attached to the next word starts the next sentence', "She said aloud. 'I must be near the centre.'", ['She said aloud.', "'I must be near the centre.'"]],
  ['sentences inside a quotation', "'Oh dear! Oh dear! I shall be late!' (when she thought it over, it seemed natural)", ["'Oh dear!", 'Oh dear!', "I shall be late!' (when she thought it over, it seemed natural)"]],
  ['brackets', 'She said (did she?) that it was fine. (This is a note.) Then more.', ['She said (did she?) that it was fine.', '(This is a note.)', 'Then more.']],
  ['no space after the period is no boundary', 'Visit example.com.The next one.', ['Visit example.com.The next one.']],
  ['a comma after the mark continues', '"Which way?", she asked.', ['"Which way?", she asked.']],
  ['a dash after the mark continues, as in the gold corpora', 'It was true. -- Miss Taylor married.', ['It was true. -- Miss Taylor married.']],
  ['the pronoun I ends a sentence before a starter', 'He was less wretched than I. The Dutch were not.', ['He was less wretched than I.', 'The Dutch were not.']],
];

const french: Case[] = [
  ['M. before a name (the issue)', 'M. Dupont est arrivé. Il a dit « Bonjour ! » puis il est parti.', ['M. Dupont est arrivé.', 'Il a dit « Bonjour ! » puis il est parti.']],
  ['titles', 'MM. Durand et Martin sont venus avec Mme. Bovary. Ils sont partis.', ['MM. Durand et Martin sont venus avec Mme. Bovary.', 'Ils sont partis.']],
  ['av., apr., J.-C., cf.', 'Rome fut fondée en 753 av. J.-C. selon la tradition. Cf. Tite-Live pour le récit.', ['Rome fut fondée en 753 av. J.-C. selon la tradition.', 'Cf. Tite-Live pour le récit.']],
  ['J.-C. ending a sentence before a starter', 'César mourut en 44 av. J.-C. La République mourut avec lui.', ['César mourut en 44 av. J.-C.', 'La République mourut avec lui.']],
  ['spaced ? ! : ; and guillemets', 'Il demanda : « Pourquoi ? » Personne ne répondit ; il partit. « Viens ici ! » cria-t-il.', ['Il demanda : « Pourquoi ? »', 'Personne ne répondit ; il partit.', '« Viens ici ! » cria-t-il.']],
  ['nested quotations close together', '« Il m’a dit : “Non.” » Puis il partit. « Et toi ? “ Moi ? ” » Rien.', ['« Il m’a dit : “Non.” »', 'Puis il partit.', '« Et toi ?', '“ Moi ? ” »', 'Rien.']],
  ['no-break spaces before punctuation and inside guillemets', 'Il demanda\u00a0: «\u202fPourquoi\u202f?\u202f» Personne ne répondit\u00a0!', ['Il demanda : « Pourquoi ? »', 'Personne ne répondit !']],
  ['! or ? before lower case continues', 'Quoi ? vous ici ? Quelle surprise ! dit-il.', ['Quoi ? vous ici ?', 'Quelle surprise ! dit-il.']],
  ['ellipsis', 'Il est parti… Puis il est revenu… et reparti.', ['Il est parti…', 'Puis il est revenu… et reparti.']],
  ['numbers: decimal comma, percent, thousands, sections', 'Il est 3,5 fois plus grand. Il y a 70 % de gens, soit 1 000 personnes. Voir la section 1.2.3 du texte.', ['Il est 3,5 fois plus grand.', 'Il y a 70 % de gens, soit 1 000 personnes.', 'Voir la section 1.2.3 du texte.']],
  ['dates with abbreviated months', 'Le 14 juil. 1789, la Bastille tomba. En sept. 1792, la République fut proclamée.', ['Le 14 juil. 1789, la Bastille tomba.', 'En sept. 1792, la République fut proclamée.']],
  ['article and page references, elided article included', "Selon l'art. 5 et la p. 12, c'est ainsi. Voilà. Il n'y a rien d'autre.", ["Selon l'art. 5 et la p. 12, c'est ainsi.", 'Voilà.', "Il n'y a rien d'autre."]],
  ['etc.', 'Des pommes, des poires, etc. Le reste est là.', ['Des pommes, des poires, etc.', 'Le reste est là.']],
  ['dialogue dashes stay in the sentence, as in the gold corpora', '— Oui, dit-il. — Non !', ['— Oui, dit-il. — Non !']],
  ['a heading in capitals after a roman numeral', 'CHAPITRE X. LE QUADRILLE DE HOMARDS.', ['CHAPITRE X. LE QUADRILLE DE HOMARDS.']],
  ['both spellings of July', 'La loi du 12 juill. 2021 et celle du 3 juil. 2022 sont en vigueur.', ['La loi du 12 juill. 2021 et celle du 3 juil. 2022 sont en vigueur.']],
];

const tokenised: Case[] = [
  ['the issue example', 'Il y avait , dans le château de M. le baron . Il est parti .', ['Il y avait , dans le château de M. le baron .', 'Il est parti .']],
  ['French spaced quotes paired', '" Tiens ! " dit Alice . " Oui , " dit-il . " Bien . " La suite .', ['" Tiens ! " dit Alice .', '" Oui , " dit-il .', '" Bien . "', 'La suite .']],
  ['a French opening quote after a sentence end starts the next', 'Il avait fini . " Non , " dit-elle .', ['Il avait fini .', '" Non , " dit-elle .']],
  ['tokenised ellipsis', 'Il partit . . . Puis il revint .', ['Il partit . . .', 'Puis il revint .']],
  ['colon opens a quotation', 'Il dit : " Je crois . " Elle sourit .', ['Il dit : " Je crois . "', 'Elle sourit .']],
  ['of two quotes in a row the first closes, even when pairing was lost', 'Il se tut . " " Non , " dit-elle .', ['Il se tut . "', '" Non , " dit-elle .']],
  ['only the first spaced closer goes with the sentence; another continues it', 'Il partit . " ) La suite .', ['Il partit . " ) La suite .']],
];

const tokenisedEnglish: Case[] = [
  ['English corpora put a standalone quote with the sentence that ends', "' Oh dear ! ' she said aloud . ' I must go . '", ["' Oh dear ! ' she said aloud . '", "I must go . '"]],
  ['only the first spaced closer goes with it', "( Dinah was the cat . ) ' I hope so , ' she said .", ['( Dinah was the cat . )', "' I hope so , ' she said ."]],
  ['contractions and possessives do not end sentences', "I wouldn 't go , ' said Alice 's cat . ' Bye !", ["I wouldn 't go , ' said Alice 's cat . '", 'Bye !']],
  ['detached period after a title', 'Mr . Smith came . He sat .', ['Mr . Smith came .', 'He sat .']],
];

const otherLanguages: [string, Lang | undefined, string, readonly string[]][] = [
  ['German ordinals and z.B.', 'de', 'Am 3. Oktober 1990 war es so. Das ist z.B. gut. Er kam im Jahr 1999. Dann ging er.', ['Am 3. Oktober 1990 war es so.', 'Das ist z.B. gut.', 'Er kam im Jahr 1999.', 'Dann ging er.']],
  ['German ordinal in a name', 'de', 'Der 2. Weltkrieg endete 1945. Danach kam der Frieden.', ['Der 2. Weltkrieg endete 1945.', 'Danach kam der Frieden.']],
  ['Spanish inverted marks and titles', 'es', '¿Qué hora es? Son las tres. ¡Qué bien! El Sr. García llegó.', ['¿Qué hora es?', 'Son las tres.', '¡Qué bien!', 'El Sr. García llegó.']],
  ['Danish (no list) uses ordinal dots', 'da', 'Den 3. juni kom han. Han gik igen.', ['Den 3. juni kom han.', 'Han gik igen.']],
  ['Italian (no list) keeps initials and Latin abbreviations', 'it', 'Ho visto J. R. R. Tolkien, cfr. la nota. Poi sono andato, e.g. a Roma.', ['Ho visto J. R. R. Tolkien, cfr. la nota.', 'Poi sono andato, e.g. a Roma.']],
  ['unspaced full stops', 'ja', '今日は晴れ。明日は雨。', ['今日は晴れ。', '明日は雨。']],
  ['no language: English and French rules together', undefined, 'M. Dupont est arrivé. Mr. Smith too. Cf. la note.', ['M. Dupont est arrivé.', 'Mr. Smith too.', 'Cf. la note.']],
];

describe('splitSentences, English', () => {
  it.each(english)('%s', (_what, text, expected) => {
    expect(sentences(text, 'en')).toEqual(expected);
  });
});

describe('splitSentences, French', () => {
  it.each(french)('%s', (_what, text, expected) => {
    expect(sentences(text, 'fr')).toEqual(expected);
  });
});

describe('splitSentences, tokenised text (spaces around punctuation, as in corpora)', () => {
  it.each(tokenised)('French: %s', (_what, text, expected) => {
    expect(sentences(text, 'fr')).toEqual(expected);
  });
  it.each(tokenisedEnglish)('English: %s', (_what, text, expected) => {
    expect(sentences(text, 'en')).toEqual(expected);
  });
  it('segments tokenised text like the same text untokenised', () => {
    const plain = 'Il y avait, dans le château de M. le baron, un jeune garçon. Sa physionomie annonçait son âme ! Il avait le jugement assez droit.';
    const spaced = 'Il y avait , dans le château de M. le baron , un jeune garçon . Sa physionomie annonçait son âme ! Il avait le jugement assez droit .';
    const compact = (s: string) => s.replace(/\s+/g, '');
    expect(sentences(spaced, 'fr').map(compact)).toEqual(sentences(plain, 'fr').map(compact));
    expect(sentences(plain, 'fr')).toHaveLength(3);
  });
});

describe('splitSentences, other languages', () => {
  it.each(otherLanguages)('%s (%s)', (_what, lang, text, expected) => {
    expect(sentences(text, lang)).toEqual(expected);
  });
  it('accepts a region in the language code and ignores case', () => {
    const text = 'M. Dupont est arrivé. Il est parti.';
    expect(sentences(text, 'FR-ca')).toEqual(sentences(text, 'fr'));
  });
});

describe('splitSentences, spans', () => {
  it('returns trimmed spans inside the paragraph, in order, pointing at the sentence text', () => {
    const text = 'Intro line.\n\n  Mr. Smith left.  He came back!\u00a0 "Why?" she asked.  \n\nEnd.';
    const [, paragraph] = splitParagraphs(text);
    expect(paragraph).toBeDefined();
    const spans = splitSentences(text, paragraph!, 'en');
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Mr. Smith left.', 'He came back!', '"Why?" she asked.']);
    let previous = paragraph![0];
    for (const [s, e] of spans) {
      expect(s).toBeGreaterThanOrEqual(previous);
      expect(e).toBeLessThanOrEqual(paragraph![1]);
      expect(text[s]).not.toMatch(/\s/);
      expect(text[e - 1]).not.toMatch(/\s/);
      previous = e;
    }
  });

  it('uses the offsets of the whole text, not of the paragraph', () => {
    const text = 'Xxxxx. '.repeat(3) + 'Last one. Done.';
    const start = text.indexOf('Last');
    const spans = splitSentences(text, [start, text.length], 'en');
    expect(spans).toEqual([
      [start, start + 'Last one.'.length],
      [start + 'Last one. '.length, text.length],
    ]);
  });

  it('returns nothing for a blank span', () => {
    expect(splitSentences('a  \n \u00a0 b', [1, 7], 'en')).toEqual([]);
  });

  it('ends a sentence at a blank line inside the span', () => {
    const text = 'A title\n\nThe text';
    expect(splitSentences(text, [0, text.length], 'en').map(([s, e]) => text.slice(s, e))).toEqual(['A title', 'The text']);
  });

  it('reads a CRLF-wrapped sentence as one', () => {
    const text = 'This sentence is\r\nwrapped. And this\r\none too.';
    expect(sentences(text, 'en')).toEqual(['This sentence is wrapped.', 'And this one too.']);
  });
});

describe('sentenceText', () => {
  it('collapses whitespace runs, no-break spaces included, and trims', () => {
    const text = '  Les femmes\u00a0:\tplus de 70\u202f% \r\n des cas.  ';
    expect(sentenceText(text, [0, text.length])).toBe('Les femmes : plus de 70 % des cas.');
  });
});
