#!/usr/bin/env node
// Runs every bench/*.bench.ts in its own process (so peak memory is measured per part) and
// prints their reports. `npm run bench -- extract` runs only the parts whose name contains "extract".
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv.slice(2);
const parts = readdirSync(`${root}/bench`)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((w) => f.includes(w)))
  .sort();
if (parts.length === 0) {
  console.error('bench: no bench/*.bench.ts matched');
  process.exit(2);
}
let failed = 0;
for (const part of parts) {
  console.log(`\n=== ${part.replace('.bench.ts', '')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/${part}`], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.error(`bench: ${part} exited with ${r.status}`); }
}
process.exit(failed ? 1 : 0);
