import type { Command } from 'commander';
import { openStore } from '../store/open-store.js';
import type { TalentStore } from '../store/schema.js';
import { UsageError } from '../errors.js';

/** Options every query command shares. */
export interface QueryFlags {
  db?: string;
  json?: boolean;
}

/** Adds --db and --json to a query command. */
export function withQueryOptions(command: Command): Command {
  return command
    .option('--db <store>', 'SQLite file or postgres:// URL (default: TALENTFLOW_DB, else ./talentflow.db)')
    .option('--json', 'print JSON instead of tables');
}

/** Opens the store named by --db / TALENTFLOW_DB, runs `fn`, always closes. */
export async function withStore<T>(db: string | undefined, fn: (store: TalentStore) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A plain-text table aligned for terminals (CJK characters are two columns wide); long cells cut. */
export function printTable(headers: string[], rows: Array<Array<string | number | null | undefined>>, maxCell = 48): void {
  const cells = [headers, ...rows.map((r) => r.map((c) => clip(c == null ? '' : String(c).replace(/\s+/g, ' '), maxCell)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - displayWidth(c)))).join('  ').trimEnd();
  process.stdout.write(`${line(cells[0]!)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n`);
  for (const r of cells.slice(1)) process.stdout.write(`${line(r)}\n`);
}

/** A positive integer option, or UsageError naming it. */
export function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value == null) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive whole number, not "${value}"`);
  return n;
}

/** Columns a string takes on a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function clip(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000;
}
