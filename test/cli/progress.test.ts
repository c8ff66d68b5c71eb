import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, progressText } from '../../src/cli/progress.js';
import { SEED } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';

describe('progressText', () => {
  it.each([
    [120, 5230 * 12, 12, 400, 'bitext: 120/400 documents, 5230 sentences/s, 0:12 elapsed, 0:28 left'],
    [400, 1000, 3725, 400, 'bitext: 400/400 documents, 0 sentences/s, 1:02:05 elapsed'],
    [7, 700, 2, undefined, 'bitext: 7 documents, 350 sentences/s, 0:02 elapsed'],
    [0, 0, 0, 10, 'bitext: 0/10 documents, 0 sentences/s, 0:00 elapsed'],
  ])('%i done, %i sentences, %i s, of %s', (done, sentences, seconds, total, text) => {
    expect(progressText(done, sentences, seconds, total)).toBe(text);
  });
});

describe('createProgress', () => {
  it('redraws one line in place, at most every 200 ms but always at the end, and clears it', () => {
    let out = '';
    const stderr = new Writable({ write: (c, _e, done) => ((out += String(c)), done()) });
    let now = 0;
    const p = createProgress(stderr, { enabled: true, total: 3, now: () => now });
    p.update(1, 10);
    now = 50;
    p.update(2, 20);
    now = 60;
    p.update(3, 30);
    p.clear();
    expect(out.split('\r\u001b[K').filter(Boolean)).toEqual(['bitext: 1/3 documents, 0 sentences/s, 0:00 elapsed, 0:00 left', 'bitext: 3/3 documents, 500 sentences/s, 0:00 elapsed']);
    expect(out.endsWith('\r\u001b[K')).toBe(true);
  });
});

describe('bitext batch progress line', () => {
  const manifest = `a\t${SEED}.en\t${SEED}.fr\n`;
  it('is off when stderr is not a terminal, and on with --progress', async () => {
    const off = await runBitext(['batch', '-', '--input', 'sentences', '--threads', '1'], { stdin: manifest });
    expect(off.stderr).toBe('');
    const on = await runBitext(['batch', '-', '--input', 'sentences', '--threads', '1', '--progress'], { stdin: manifest });
    expect(on.stderr).toMatch(/^\r\u001b\[Kbitext: 1 document, \d+ sentences\/s, 0:0\d elapsed\r\u001b\[K$/);
  });
});
