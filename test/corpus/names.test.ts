import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeId, FileNamer } from '../../src/corpus/names.js';

describe('escapeId', () => {
  it.each([
    ['0001', '0001'],
    ['Genesis_1.2-b', 'Genesis_1.2-b'],
    ['Génesis', 'Génesis'],
    ['europarl/ep-00-01-17', 'europarl%2Fep-00-01-17'],
    ['a b', 'a%20b'],
    ['100%', '100%25'],
    ['.hidden', '%2Ehidden'],
    ['..', '%2E.'],
    ['a~2', 'a%7E2'],
    ['日本', '日本'],
    ['x\u0301', 'x%CC%81'],
  ])('%j → %j', (id, name) => {
    expect(escapeId(id)).toBe(name);
  });

  it('cuts very long ids and ends them in a hash of the whole id', () => {
    const a = escapeId('x'.repeat(500));
    const b = escapeId(`${'x'.repeat(499)}y`);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(180);
    expect(a).toMatch(/^x+~[0-9a-f]{16}$/);
    expect(a).not.toBe(b);
  });
});

describe('FileNamer', () => {
  it('gives ids that differ only in case or normalisation names that differ on any file system', () => {
    const namer = new FileNamer();
    expect(['Doc', 'doc', 'DOC', 'é', 'e\u0301', 'doc~2'].map((id) => namer.name(id))).toEqual(['Doc', 'doc~2', 'DOC~3', 'é', 'e%CC%81', 'doc%7E2']);
  });

  it('never gives two ids names that fold to the same (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 60 }), (ids) => {
        const namer = new FileNamer();
        const names = ids.map((id) => namer.name(id).normalize('NFC').toLowerCase());
        expect(new Set(names).size).toBe(ids.length);
        for (const n of names) expect(n).not.toMatch(/^\.|\/|\u0000/);
      }),
    );
  });
});
