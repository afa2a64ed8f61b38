import { readdirSync, readFileSync } from 'node:fs';
import { documentsFromBytes } from './build-document.js';
const dir = process.argv[2]!;
const files = readdirSync(dir).sort().map((f) => [f, readFileSync(`${dir}/${f}`)] as const);
const size = files.reduce((a, [, b]) => a + b.length, 0);
for (let pass = 0; pass < 3; pass++) {
  const c0 = process.cpuUsage();
  for (const [f, b] of files) documentsFromBytes(b, f);
  const cpu = process.cpuUsage(c0);
  console.log(`pass ${pass}: cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s = ${(size / 1048576 / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} MB/s`);
}
