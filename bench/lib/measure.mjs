#!/usr/bin/env node
/**
 * Fallback when /usr/bin/time is missing: run a script in this process and write its peak RSS.
 * usage: node bench/lib/measure.mjs REPORT.json SCRIPT [ARGS...]
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [report, script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...rest];
process.on('exit', () => writeFileSync(report, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })));
await import(pathToFileURL(script).href);
