import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/segment/index.js';
import { foldBytes } from './helpers.js';

function paragraphs(text: string): string[] {
  return splitParagraphs(text).map(([s, e]) => text.slice(s, e));
}

const WRAPPED = `The ferry left the harbour at dawn, and the gulls followed it for a while.
Maria Lind, her collar turned up against the spray and the early cold,
stood at the rail and watched the town grow small behind the breakwater,
though not for long enough to see the lights go out along the quay
behind her.

The crossing took four hours. Most passengers slept in the lounge, where
the heating worked and the coffee, though weak, was free for everyone.
Nobody spoke much, and the radio played quietly in the background.`;

describe('splitParagraphs', () => {
  it('splits at blank lines, including lines of spaces, tabs and no-break spaces', () => {
    expect(paragraphs('One.\n\nTwo.\n \t\nThree.\n\u00a0 \nFour.\n\u202f\nFive.')).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
  });

  it('counts lines of zero-width spaces (U+200B, U+FEFF) as blank, as the input stage counts such a text as empty', () => {
    expect(paragraphs('One.\n\u200b\nTwo.\n\ufeff\u200b \u00a0\nThree.\n\u200b\u200b')).toEqual(['One.', 'Two.', 'Three.']);
    expect(splitParagraphs('\u200b\n\ufeff\u200b\n')).toEqual([]);
  });

  it('trims zero-width spaces from the edges of a paragraph', () => {
    const text = '\u200bOne line.\u200b \n';
    expect(paragraphs(text)).toEqual(['One line.']);
  });

  it('treats separator lines as boundaries, never as paragraphs', () => {
    expect(paragraphs('Title\n*****\nOne.\n---\nTwo.\n\n===\n\nThree.\n* * *\nFour.\n⁂\nFive.')).toEqual(['Title', 'One.', 'Two.', 'Three.', 'Four.', 'Five.']);
  });

  it('keeps short punctuation lines that are not separators', () => {
    expect(paragraphs('« Alors ?\n\n…\n\n?! »')).toEqual(['« Alors ?', '…', '?! »']);
  });

  it('keeps each line of a header block as its own paragraph', () => {
    const text = "New York\n30 July 2020\nSecretary-General's message on the World Day against Trafficking in Persons\nAntónio Guterres, Secretary-General\n\nThis year's World Day honours the first responders.";
    expect(paragraphs(text)).toEqual([
      'New York',
      '30 July 2020',
      "Secretary-General's message on the World Day against Trafficking in Persons",
      'António Guterres, Secretary-General',
      "This year's World Day honours the first responders.",
    ]);
  });

  it('joins the lines of hard-wrapped prose into paragraphs', () => {
    const result = paragraphs(WRAPPED);
    expect(result).toHaveLength(2);
    expect(result[0]).toMatch(/^The ferry left.*behind her\.$/s);
    expect(result[1]).toMatch(/^The crossing.*in the background\.$/s);
  });

  it('keeps a header block separate inside a hard-wrapped text', () => {
    const result = paragraphs(`PART ONE\nThe Crossing\n\n${WRAPPED}\n\nAnna Berg\nBergen`);
    expect(result.slice(0, 2)).toEqual(['PART ONE', 'The Crossing']);
    expect(result.slice(-2)).toEqual(['Anna Berg', 'Bergen']);
    expect(result).toHaveLength(6);
  });

  it('starts a paragraph at first-line indentation in hard-wrapped prose', () => {
    const text = `    It was a bright cold day in April, and the clocks were striking
thirteen, and the wind blew hard against the windows of the old house.
    The hallway smelt of boiled cabbage and old rag mats, and at one end
of it a coloured poster had been tacked to the wall, too large for it.`;
    expect(paragraphs(text)).toHaveLength(2);
  });

  it('starts a paragraph at list items and dialogue dashes', () => {
    expect(paragraphs('Things to bring to the trip this weekend, in that order:\n- apples\n- pears\n1. first\n2) second\n— Oui, dit-il.\n—Non.')).toEqual([
      'Things to bring to the trip this weekend, in that order:',
      '- apples',
      '- pears',
      '1. first',
      '2) second',
      '— Oui, dit-il.',
      '—Non.',
    ]);
  });

  it('keeps one paragraph per line in text written that way', () => {
    const text =
      'The first paragraph is a long line that goes on without any wrapping, well beyond eighty columns, as word processors write it.\n' +
      'The second paragraph is shorter.\nShort one.\n';
    expect(paragraphs(text)).toEqual([
      'The first paragraph is a long line that goes on without any wrapping, well beyond eighty columns, as word processors write it.',
      'The second paragraph is shorter.',
      'Short one.',
    ]);
  });

  it('joins a line that continues in lower case even without a wrap margin', () => {
    expect(paragraphs('This is a sentence that\nwas wrapped.\nDear John,\nThanks.')).toEqual(['This is a sentence that\nwas wrapped.', 'Dear John,', 'Thanks.']);
  });

  it('joins a line cut short before a capital word when it ends with a word no sentence ends with', () => {
    const text =
      'This project is maintained by the Canadian Digital Service and the\nTreasury Board Secretariat of Canada, with help from the\nOffice of the Chief Information Officer.\nLe projet est maintenu par le\nSecrétariat du Conseil du Trésor.';
    expect(paragraphs(text)).toEqual([
      'This project is maintained by the Canadian Digital Service and the\nTreasury Board Secretariat of Canada, with help from the\nOffice of the Chief Information Officer.',
      'Le projet est maintenu par le\nSecrétariat du Conseil du Trésor.',
    ]);
    // Words that may end a sentence, or end a heading, leave the break: "as it was", a name.
    expect(paragraphs('It was just as it was\nThe next day came.\nGetting started\nInstall it.')).toHaveLength(4);
  });

  it('continues a paragraph on a line starting with , ; : ! ? ) ] whatever the margin', () => {
    expect(paragraphs('Il y avait un jardin\n, un verger\n; et une maison\n: la leur\n! Oui\n? Non\n) fin\n] fin')).toEqual([
      'Il y avait un jardin\n, un verger\n; et une maison\n: la leur\n! Oui\n? Non\n) fin\n] fin',
    ]);
  });

  it('continues a wrapped paragraph on a line starting with a period, an ellipsis or a closing quote apart from the next word', () => {
    const wrapped = `${WRAPPED.replace('\nNobody spoke much, and the radio played quietly in the background.', '')}
. « Enfin » , dit-il , et tout le monde rit , car personne ne s' y attendait
» , puis il se tut , mais ce qu' il avait dit resta dans les esprits
… longtemps encore , et ce jour-là personne ne parla plus de rien du tout
.`;
    expect(paragraphs(wrapped)).toHaveLength(2);
    // Not a word starting with a period or a quote attached to its word ("»Was" opens in German), nor in unwrapped text.
    expect(paragraphs('Short line one.\n.NET is a framework.\n»Was?« fragte er.\n… et puis ?')).toHaveLength(4);
  });

  it('joins lines cut at a byte margin, as fold -s does, whose accents make them end short of it in characters', () => {
    const text =
      "Le ministère a publié hier son rapport annuel sur la qualité de l'air et de l'eau dans les régions. " +
      "Selon ce document, la concentration moyenne de particules fines a baissé de 7,5 % entre 2019 et 2023, " +
      "mais les grandes agglomérations restent au-dessus des seuils. « Ces résultats sont encourageants », a déclaré " +
      'le directeur de l’agence, qui a rappelé que la loi fixe un objectif de réduction de 30 % d’ici à 2030.';
    const folded = foldBytes(text, 72);
    expect(folded.split('\n').length).toBeGreaterThan(5);
    expect(paragraphs(folded)).toHaveLength(1);
  });

  it('in a wrapped text, reads a list-like line after a line ending mid-sentence as carried-over words', () => {
    const wrapped = `${WRAPPED}
The trip cost less than expected: the tickets, the meals and the cabin for
2. Maria paid for both, and the ferry company refunded part of it at 13 h
05. Then everyone went home. These were the items she packed on the day:
- a coat
- a book`;
    const result = paragraphs(wrapped);
    expect(result.slice(-3)).toEqual([
      expect.stringMatching(/^The trip cost.*\n2\. Maria.*\n05\. Then.*on the day:$/s),
      '- a coat',
      '- a book',
    ]);
  });

  it('in a wrapped text, still starts a paragraph at a reply or a list after a line ending in punctuation, even a full one', () => {
    const wrapped = `${WRAPPED}
— Vous partez déjà ? demanda-t-il en se levant de sa chaise près du feu.
— Oui.`;
    expect(paragraphs(wrapped).slice(-2)).toEqual(['— Vous partez déjà ? demanda-t-il en se levant de sa chaise près du feu.', '— Oui.']);
  });

  it('reads CRLF and CR line ends like LF', () => {
    const lf = 'Title\n\nLine one.\nLine two.\n*****\nEnd.\n';
    const expected = paragraphs(lf);
    expect(paragraphs(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(paragraphs(lf.replace(/\n/g, '\r'))).toEqual(expected);
  });

  it('ends a paragraph at U+2029, a line at U+2028', () => {
    expect(paragraphs('One.\u2029Two.\u2028three.')).toEqual(['One.', 'Two.\u2028three.']);
  });

  it('returns trimmed spans with offsets into the text', () => {
    const text = '\ufeff  Title  \r\n\r\n\tBody text.\t\r\n';
    const spans = splitParagraphs(text);
    expect(spans).toEqual([
      [text.indexOf('Title'), text.indexOf('Title') + 5],
      [text.indexOf('Body'), text.indexOf('text.') + 5],
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\u00a0\r\n\t')).toEqual([]);
    expect(splitParagraphs('*****\n---')).toEqual([]);
  });
});
