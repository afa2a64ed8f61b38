import type { Command } from 'commander';
import { getFlows, getNetFlows } from '../../analyze/index.js';
import { UsageError } from '../../errors.js';
import { positiveInt, printJson, printTable, withQueryOptions, withStore, type QueryFlags } from '../query-output.js';

interface FlowFlags extends QueryFlags {
  since?: string;
  until?: string;
  top?: string;
  by?: string;
  sector?: string;
  relation?: string;
  net?: boolean;
}

export function register(program: Command): void {
  withQueryOptions(
    program
      .command('flows')
      .description('Moves between organisations (left A → joined or founded B), largest flows first')
      .option('--since <date>', 'moves from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
      .option('--until <date>', 'moves up to this date, inclusive')
      .option('--top <n>', 'how many flows', '20')
      .option('--by <what>', 'org (default) or kind (big_tech → startup …)', 'org')
      .option('--sector <sector>', 'only moves into this sector')
      .option('--relation <relation>', 'only arrivals of this kind: joined or founded')
      .option('--net', 'net flow per organisation instead (arrivals − departures): top importers and exporters'),
  )
    .addHelpText('after', `
Examples:
  talentflow flows --since 2024-01 --top 20
  talentflow flows --by kind
  talentflow flows --net --since 2025`)
    .action(async (flags: FlowFlags) => {
      const top = positiveInt('--top', flags.top, 20);
      if (flags.by !== 'org' && flags.by !== 'kind') throw new UsageError(`--by "${flags.by}": use org or kind`);
      if (flags.relation && flags.relation !== 'joined' && flags.relation !== 'founded') throw new UsageError(`--relation "${flags.relation}": use joined or founded`);
      const period = { ...(flags.since ? { since: flags.since } : {}), ...(flags.until ? { until: flags.until } : {}) };
      await withStore(flags.db, async (store) => {
        if (flags.net) {
          const r = await getNetFlows(store, { ...period, limit: top });
          if (flags.json) return printJson(r);
          process.stdout.write('importers of talent:\n');
          printTable(['organisation', 'kind', 'arrivals', 'departures', 'net'], r.importers.map((f) => [f.org.name, f.org.kind, f.arrivals, f.departures, `+${f.net}`]));
          process.stdout.write('\nexporters of talent:\n');
          printTable(['organisation', 'kind', 'arrivals', 'departures', 'net'], r.exporters.map((f) => [f.org.name, f.org.kind, f.arrivals, f.departures, f.net]));
          return;
        }
        const flows = await getFlows(store, {
          ...period,
          top,
          by: flags.by as 'org' | 'kind',
          ...(flags.sector ? { sector: flags.sector } : {}),
          ...(flags.relation ? { relation: flags.relation as 'joined' | 'founded' } : {}),
        });
        if (flags.json) return printJson(flows);
        printTable(['from', 'to', 'moves'], flows.map((f) => [f.from.name, f.to.name, f.count]));
      });
    });
}
