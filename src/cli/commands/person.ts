import type { Command } from 'commander';
import { getPersonTimeline } from '../../analyze/index.js';
import { printJson, printTable, withQueryOptions, withStore, type QueryFlags } from '../query-output.js';

export function register(program: Command): void {
  withQueryOptions(
    program
      .command('person')
      .description("A person's career timeline: each claim with its sources, conflicts and the moves derived")
      .argument('<name>', 'name as written (any script) or person id'),
  )
    .addHelpText('after', `
Examples:
  talentflow person 冯佳时
  talentflow person 42 --json

When sources disagree on a date or role, every value is shown with the documents giving it.
When several people share the name, the others are listed with their ids.`)
    .action(async (name: string, flags: QueryFlags) => {
      await withStore(flags.db, async (store) => {
        const t = await getPersonTimeline(store, name);
        if (flags.json) return printJson(t);
        process.stdout.write(`${t.person.name} (id ${t.person.id})${t.aliases.length ? `, also written ${t.aliases.join(', ')}` : ''}\n`);
        if (t.homonyms.length) process.stdout.write(`other people named so: ${t.homonyms.map((h) => `id ${h.id}`).join(', ')} (talentflow person <id>)\n`);
        process.stdout.write('\n');
        printTable(
          ['date', 'relation', 'organisation', 'unit / role', 'status', 'sources'],
          t.entries.map((e) => [e.date ?? '?', e.relation, e.org?.name ?? '(unnamed)', [e.unit, e.role].filter(Boolean).join(' / '), e.status, e.sources.map((s) => s.docKey).join(', ')]),
        );
        for (const e of t.entries) {
          for (const c of e.conflicts) {
            const docOf = (id: number) => e.sources.find((s) => s.factId === id)?.docKey ?? '?';
            process.stdout.write(`⚠ ${e.relation} ${e.org?.name ?? ''}: sources disagree on ${c.field}: ${c.values.map((v) => `${v.value} (${v.factIds.map(docOf).join(', ')})`).join(' vs ')}\n`);
          }
        }
        if (t.moves.length) {
          process.stdout.write('\nmoves:\n');
          for (const m of t.moves) {
            process.stdout.write(`  ${m.date ?? '?'}  ${m.from?.name ?? '?'} → ${m.to?.name ?? '(new company)'} (${m.toRelation}, ${m.status}, ${m.sourceCount} source${m.sourceCount === 1 ? '' : 's'})\n`);
          }
        }
        process.stdout.write('\nevidence:\n');
        for (const e of t.entries) for (const s of e.sources) process.stdout.write(`  [${s.docKey}${s.published ? ` ${s.published}` : ''}] ${e.relation} ${e.org?.name ?? ''}: ${s.evidence.replace(/\s+/g, ' ')}\n`);
      });
    });
}
