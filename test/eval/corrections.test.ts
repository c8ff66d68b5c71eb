import { describe, expect, it } from 'vitest';
import { parseLadder, pasteCorrections, scoreAlignments, simulateCorrections } from '../../src/eval/index.js';

const ladder = (text: string) => parseLadder(text.replace(/ /g, '\n'));
const show = (beads: { source: readonly number[]; target: readonly number[] }[]) => beads.map((b) => `[${b.source}]:[${b.target}]`);

describe('a reviewer simulated from the gold', () => {
  const gold = ladder('[0]:[0] [1]:[1,2] [2]:[3] [3,4]:[] [5]:[4] [6]:[5,7]');
  const test = ladder('[0]:[0]:0.99 [1]:[1]:0.40 [2]:[2,3]:0.30 [3]:[]:0.95 [4]:[]:0.20 [5]:[4]:0.90 [6]:[5]:0.10 []:[6]:0.5 []:[7]:0.5');

  it('fixes the least confident wrong beads first, with the gold beads that hold their sentences', () => {
    const { fixed, anchors } = simulateCorrections(test, gold, 2);
    // [6]:[5] (0.10) would bring in [6]:[5,7], which skips target 6: no reviewer can make it.
    expect(show([...fixed])).toEqual(['[4]:[]', '[2]:[2,3]']);
    expect(show([...anchors])).toEqual(['[1]:[1,2]', '[2]:[3]', '[3,4]:[]']);
  });

  it('pastes the corrections in, trimming the beads they take sentences from', () => {
    const { anchors } = simulateCorrections(test, gold, 2);
    const pasted = pasteCorrections(test, anchors);
    expect(show(pasted).sort()).toEqual(['[0]:[0]', '[1]:[1,2]', '[2]:[3]', '[3,4]:[]', '[5]:[4]', '[6]:[5]', '[]:[6]', '[]:[7]'].sort());
    expect(scoreAlignments([{ gold, test: pasted }]).counts.testStrictHits).toBe(5);
  });
});
