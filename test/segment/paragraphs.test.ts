import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/segment/index.js';

function paragraphs(text: string): string[] {
  return splitParagraphs(text).map(([s, e]) => text.slice(s, e));
}

const WRAPPED = `It was a bright cold day in April, and the clocks were striking thirteen.
Winston Smith, his chin nuzzled into his breast in an effort to escape the
vile wind, slipped quickly through the glass doors of Victory Mansions,
though not quickly enough to prevent a swirl of gritty dust from entering
along with him.

The hallway smelt of boiled cabbage and old rag mats. At one end of it a
coloured poster, too large for indoor display, had been tacked to the wall.
It depicted simply an enormous face, more than a metre wide.`;

describe('splitParagraphs', () => {
  it('splits at blank lines, including lines of spaces, tabs and no-break spaces', () => {
    expect(paragraphs('One.\n\nTwo.\n \t\nThree.\n\u00a0 \nFour.\n\u202f\nFive.')).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
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
    expect(result[0]).toMatch(/^It was a bright.*along with him\.$/s);
    expect(result[1]).toMatch(/^The hallway.*a metre wide\.$/s);
  });

  it('keeps a header block separate inside a hard-wrapped text', () => {
    const result = paragraphs(`CHAPTER I\nDown the Rabbit-Hole\n\n${WRAPPED}\n\nLewis Carroll\nOxford`);
    expect(result.slice(0, 2)).toEqual(['CHAPTER I', 'Down the Rabbit-Hole']);
    expect(result.slice(-2)).toEqual(['Lewis Carroll', 'Oxford']);
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
