/**
 * The TMX we write, read by the clients translators use: ../shared/tools/tmx-clients/check-tmx.sh
 * validates against the TMX 1.4b DTD, reads every unit with translate-toolkit, and has OmegaT
 * pre-translate the source segments from the file in tm/auto (.ci/run installs all three).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bitext } from '../helpers/cli.js';
import { runBitext } from '../helpers/run.js';
import { SHARED } from '../helpers/shared.js';

const CHECK = join(SHARED, 'tools', 'tmx-clients', 'check-tmx.sh');
const FOUNDING = join(SHARED, 'fixtures', 'un-sg-trafficking-2020');
const CANDIDE = join(SHARED, 'eval', 'transread_en-fr', 'Candide');
const TEXTBERG = join(SHARED, 'eval', 'textberg-dev_de-fr', 'dev');

/** The clients' verdict on a TMX text: exit status and what they said. */
function checkWithClients(tmx: string, from: string, to: string, env: NodeJS.ProcessEnv = process.env): { status: number | null; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'bitext-clients-')), 'out.tmx');
  writeFileSync(file, tmx);
  const result = spawnSync('bash', [CHECK, file, from, to], { encoding: 'utf8', timeout: 120_000, env });
  if (result.error) throw new Error(`check-tmx.sh could not run: ${result.error.message}`);
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The TMX `bitext args` writes to stdout (it must succeed); batch runs the built binary, whose workers are built files. */
async function tmxOf(args: readonly string[], stdin?: string): Promise<string> {
  const options = stdin === undefined ? {} : { stdin };
  const full = [...args, '-f', 'tmx'];
  const result = args[0] === 'batch' ? bitext(full, options) : await runBitext(full, options);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('TMX read by xmllint, translate-toolkit and OmegaT', { timeout: 180_000 }, () => {
  const cases: readonly { name: string; from: string; to: string; tmx: () => Promise<string> }[] = [
    { name: 'the founding example, one file holding both languages', from: 'en', to: 'fr', tmx: () => tmxOf(['align', `${FOUNDING}.txt`]) },
    { name: 'German-French, pre-split', from: 'de', to: 'fr', tmx: () => tmxOf(['align', '--input', 'sentences', `${TEXTBERG}.de`, `${TEXTBERG}.fr`]) },
    {
      name: 'a corpus from batch: the founding example and a novel from its raw texts',
      from: 'en',
      to: 'fr',
      tmx: () => tmxOf(['batch', '-'], `a\t${FOUNDING}.en\t${FOUNDING}.fr\nb\t${CANDIDE}.raw.en\t${CANDIDE}.raw.fr\n`),
    },
    {
      name: 'text with characters XML forbids',
      from: 'en',
      to: 'fr',
      tmx: () => tmxOf(['align', '--no-lang-check', '--from', 'en', '--to', 'fr', '-'], 'Hello\u0001 world. It is \u000bfine.\n\nBonjour\u0001 le monde. Tout \u000bva bien.\n'),
    },
  ];

  it.each(cases)('accepts $name', async ({ tmx, from, to }) => {
    const text = await tmx();
    const verdict = checkWithClients(text, from, to);
    expect(verdict.output).toContain('ALL CLIENTS ACCEPTED');
    expect(verdict.status, verdict.output).toBe(0);
  });

  it('rejects a unit without its translation (the check is not vacuous)', async () => {
    const good = await tmxOf(['align', `${FOUNDING}.en`, `${FOUNDING}.fr`]);
    const broken = good.replace(/(<tuv xml:lang="fr">)<seg>[^<]*<\/seg>/, '$1<seg></seg>');
    expect(broken).not.toBe(good);
    // translate-toolkit is the client that refuses it; OmegaT's slow start-up adds nothing here.
    const verdict = checkWithClients(broken, 'en', 'fr', { ...process.env, SKIP_OMEGAT: '1' });
    expect(verdict.status).not.toBe(0);
    expect(verdict.output).toContain('REJECTED');
  });
});
