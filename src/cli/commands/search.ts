import type { Command } from 'commander';
import { search } from '../../analyze/index.js';
import { positiveInt, printJson, printTable, withQueryOptions, withStore, type QueryFlags } from '../query-output.js';

export function register(program: Command): void {
  withQueryOptions(
    program
      .command('search')
      .description('Find people, organisations and article text (Chinese or English)')
      .argument('<text>', 'what to look for, e.g. 竞业')
      .option('--limit <n>', 'at most this many of each', '20'),
  )
    .addHelpText('after', `
Examples:
  talentflow search 竞业
  talentflow search "AI Coding" --json`)
    .action(async (text: string, flags: QueryFlags & { limit?: string }) => {
      const limit = positiveInt('--limit', flags.limit, 20);
      await withStore(flags.db, async (store) => {
        const r = await search(store, text, { limit });
        if (flags.json) return printJson(r);
        if (r.people.length) process.stdout.write(`people: ${r.people.map((p) => `${p.name} (${p.id})`).join(', ')}\n`);
        if (r.orgs.length) process.stdout.write(`organisations: ${r.orgs.map((o) => o.name).join(', ')}\n`);
        if (r.people.length || r.orgs.length) process.stdout.write('\n');
        if (r.documents.length === 0) {
          process.stdout.write('no article contains it\n');
          return;
        }
        printTable(['document', 'published', 'title', 'text'], r.documents.map((d) => [d.docKey, d.published, d.title, d.snippet]), 60);
      });
    });
}
