import type { Command } from 'commander';
import { listReviewQueue, recordReviewDecision, type ReviewDecisionInput } from '../../analyze/index.js';
import { UsageError } from '../../errors.js';
import { positiveInt, printJson, printTable, withQueryOptions, withStore, type QueryFlags } from '../query-output.js';

interface CorrectFlags extends QueryFlags {
  person?: string;
  relation?: string;
  org?: string;
  unit?: string;
  role?: string;
  date?: string;
  status?: string;
  author?: string;
}

export function register(program: Command): void {
  const review = program
    .command('review')
    .description('Review extracted facts: list the queue, accept, reject or correct a fact, merge people or organisations, add aliases')
    .addHelpText('after', `
Examples:
  talentflow review list
  talentflow review accept 3f2a9c0d41b7e6a15c8d2e90
  talentflow review correct 3f2a9c0d41b7e6a15c8d2e90 --date 2024-10 --org 字节跳动
  talentflow review merge-people 17 4
  talentflow review alias org 12 "Moonshot AI"

Decisions are stored apart from extraction and re-applied after every re-ingest and re-extraction.`);

  withQueryOptions(review.command('list').description('facts awaiting review, lowest confidence first').option('--limit <n>', 'how many', '20')).action(
    async (flags: QueryFlags & { limit?: string }) => {
      const limit = positiveInt('--limit', flags.limit, 20);
      await withStore(flags.db, async (store) => {
        const q = await listReviewQueue(store, { limit });
        if (flags.json) return printJson(q);
        process.stdout.write(`${q.total} facts awaiting review\n\n`);
        printTable(
          ['key', 'conf.', 'person', 'relation', 'organisation', 'date', 'document', 'evidence'],
          q.items.map((f) => [f.factKey, f.confidence?.toFixed(2) ?? '', f.person, f.relation, f.org ?? '', f.date ?? '', f.docKey, f.evidence]),
        );
      });
    },
  );

  for (const action of ['accept', 'reject'] as const) {
    withQueryOptions(review.command(action).description(`${action} a fact`).argument('<key>', 'fact key (from review list, or the API)').option('--author <name>'))
      .action(async (key: string, flags: QueryFlags & { author?: string }) => decide(flags, { action, factKey: key, ...(flags.author ? { author: flags.author } : {}) }));
  }

  withQueryOptions(
    review
      .command('correct')
      .description('correct fields of a fact (the correction survives re-extraction)')
      .argument('<key>', 'fact key')
      .option('--person <name>')
      .option('--relation <relation>', 'joined, left, founded or stepped_down')
      .option('--org <name>', 'organisation ("" for none)')
      .option('--unit <unit>')
      .option('--role <role>')
      .option('--date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD ("" for none)')
      .option('--status <status>', 'confirmed or reported')
      .option('--author <name>'),
  ).action(async (key: string, flags: CorrectFlags) => {
    const changes: Record<string, string | null> = {};
    for (const field of ['person', 'relation', 'org', 'unit', 'role', 'date', 'status'] as const) {
      const value = flags[field];
      if (value !== undefined) changes[field] = value === '' ? null : value;
    }
    if (changes.status && changes.status !== 'confirmed' && changes.status !== 'reported') throw new UsageError(`--status "${changes.status}": use confirmed or reported`);
    await decide(flags, { action: 'correct', factKey: key, changes: changes as never, ...(flags.author ? { author: flags.author } : {}) });
  });

  for (const [name, action] of [['merge-people', 'merge_people'], ['merge-orgs', 'merge_orgs']] as const) {
    withQueryOptions(review.command(name).description(`merge the first ${name === 'merge-people' ? 'person' : 'organisation'} into the second (ids)`).argument('<from>').argument('<into>'))
      .action(async (from: string, into: string, flags: QueryFlags) => decide(flags, { action, from: id(from), into: id(into) }));
  }

  withQueryOptions(review.command('alias').description('add an alias to a person or organisation').argument('<target>', 'person or org').argument('<id>').argument('<alias>'))
    .action(async (target: string, targetId: string, alias: string, flags: QueryFlags) => {
      if (target !== 'person' && target !== 'org') throw new UsageError(`alias target "${target}": use person or org`);
      await decide(flags, { action: 'add_alias', target, id: id(targetId), alias });
    });
}

async function decide(flags: QueryFlags, decision: ReviewDecisionInput): Promise<void> {
  await withStore(flags.db, async (store) => {
    const recorded = await recordReviewDecision(store, decision);
    if (flags.json) printJson(recorded);
    else process.stdout.write(`recorded decision ${recorded.id}: ${recorded.action} ${recorded.targetKind} ${recorded.target}\n`);
  });
}

function id(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`"${value}" is not an id`);
  return n;
}
