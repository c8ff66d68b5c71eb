/**
 * ../shared beside the checkout: the eval gold sets, the founding example's sources and the TMX
 * DTD. Tests that read it say so by importing from here; CI has it, as developer machines do.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));

if (!existsSync(join(SHARED, 'eval'))) {
  throw new Error(`these tests read ${SHARED} (the eval sets and the TMX DTD), which is not there; see README, Development`);
}
