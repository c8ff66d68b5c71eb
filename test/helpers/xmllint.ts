/** Validate XML with xmllint against the TMX 1.4b DTD (.ci/run installs libxml2-utils). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from './shared.js';

export const TMX_DTD = join(SHARED, 'tools', 'tmx-clients', 'tmx14.dtd');

/** xmllint's verdict on `xml`: status 0 when valid against the TMX DTD, with its messages. */
export function validateTmx(xml: string): { status: number | null; messages: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
  const file = join(dir, 'out.tmx');
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', TMX_DTD, file], { encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint is needed for this test (apt-get install -y libxml2-utils): ${result.error.message}`);
  return { status: result.status, messages: result.stderr };
}
