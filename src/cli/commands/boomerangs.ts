import type { Command } from 'commander';
import { listBoomerangs } from '../../analyze/index.js';
import { positiveInt, printJson, printTable, withQueryOptions, withStore, type QueryFlags } from '../query-output.js';

export function register(program: Command): void {
  withQueryOptions(
    program
      .command('boomerangs')
      .description('People who went back to an organisation they had left')
      .option('--org <name>', 'only this organisation (its units and subsidiaries included)')
      .option('--limit <n>', 'at most this many rows', '100'),
  )
    .addHelpText('after', `
Examples:
  talentflow boomerangs
  talentflow boomerangs --org 百度 --json`)
    .action(async (flags: QueryFlags & { org?: string; limit?: string }) => {
      const limit = positiveInt('--limit', flags.limit, 100);
      await withStore(flags.db, async (store) => {
        const r = await listBoomerangs(store, { limit, ...(flags.org ? { org: flags.org } : {}) });
        if (flags.json) return printJson(r);
        process.stdout.write(`${r.total} boomerang${r.total === 1 ? '' : 's'}\n${r.items.length ? '\n' : ''}`);
        if (r.items.length === 0) return;
        printTable(['person', 'organisation', 'left', 'returned'], r.items.map((b) => [b.person.name, b.org.name, b.left.date, b.rejoined.date]));
      });
    });
}
