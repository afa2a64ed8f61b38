import type { Command } from 'commander';
import { getOrg, getOrgActivity, listAlumni, listArrivals, listDepartures, type ClaimView } from '../../analyze/index.js';
import { UsageError } from '../../errors.js';
import { positiveInt, printJson, printTable, withQueryOptions, withStore, type QueryFlags } from '../query-output.js';

interface OrgFlags extends QueryFlags {
  alumni?: boolean;
  departures?: boolean;
  arrivals?: boolean;
  activity?: string | boolean;
  since?: string;
  until?: string;
  limit?: string;
}

export function register(program: Command): void {
  withQueryOptions(
    program
      .command('org')
      .description('An organisation: its alumni, departures, arrivals or activity over time')
      .argument('<name>', 'organisation name or alias (字节跳动, ByteDance, 字节) or id')
      .option('--alumni', 'people who left it (its units and subsidiaries included), where they went, what they founded')
      .option('--departures', 'its departures, latest first')
      .option('--arrivals', 'its arrivals (joined or founded), latest first')
      .option('--activity [period]', 'departures and arrivals per month or quarter')
      .option('--since <date>', 'from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
      .option('--until <date>', 'up to this date, inclusive')
      .option('--limit <n>', 'at most this many rows', '100'),
  )
    .addHelpText('after', `
Examples:
  talentflow org 字节跳动 --alumni
  talentflow org 零一万物 --departures --since 2024-01
  talentflow org 阿里巴巴 --activity quarter --json`)
    .action(async (name: string, flags: OrgFlags) => {
      const views = [flags.alumni, flags.departures, flags.arrivals, flags.activity].filter(Boolean).length;
      if (views > 1) throw new UsageError('choose one of --alumni, --departures, --arrivals, --activity');
      const limit = positiveInt('--limit', flags.limit, 100);
      const period = { ...(flags.since ? { since: flags.since } : {}), ...(flags.until ? { until: flags.until } : {}) };
      await withStore(flags.db, async (store) => {
        if (flags.alumni) {
          const r = await listAlumni(store, name, { ...period, limit });
          if (flags.json) return printJson(r);
          process.stdout.write(`${r.org.name}: ${r.total} alumni${r.total > r.items.length ? ` (first ${r.items.length})` : ''}\n\n`);
          printTable(
            ['person', 'left', 'unit / role', 'went to', 'founded', 'evidence'],
            r.items.map((a) => [
              a.person.name,
              a.left.date ?? '?',
              [a.left.unit, a.left.role].filter(Boolean).join(' / '),
              a.wentTo.map((w) => `${w.org?.name ?? '(new company)'}${w.date ? ` ${w.date}` : ''}`).join(', '),
              a.founded.map((f) => `${f.org?.name ?? '(unnamed)'}${f.sector ? ` [${f.sector}]` : ''}`).join(', '),
              a.left.sources[0]?.evidence,
            ]),
          );
          return;
        }
        if (flags.departures || flags.arrivals) {
          const r = flags.departures ? await listDepartures(store, name, { ...period, limit }) : await listArrivals(store, name, { ...period, limit });
          if (flags.json) return printJson(r);
          process.stdout.write(`${r.total} ${flags.departures ? 'departures' : 'arrivals'}${r.total > r.items.length ? ` (first ${r.items.length})` : ''}\n\n`);
          printClaims(r.items);
          return;
        }
        if (flags.activity) {
          const p = flags.activity === true ? 'month' : flags.activity;
          if (p !== 'month' && p !== 'quarter') throw new UsageError(`--activity "${p}": use month or quarter`);
          const r = await getOrgActivity(store, name, { ...period, period: p });
          if (flags.json) return printJson(r);
          printTable(['period', 'departures', 'arrivals'], [...r.series.map((s) => [s.period, s.departures, s.arrivals]), ['undated', r.undated.departures, r.undated.arrivals]]);
          return;
        }
        const org = await getOrg(store, name);
        if (flags.json) return printJson(org);
        const lines = [
          `${org.name}  (${org.kind}${org.sector ? `, ${org.sector}` : ''})`,
          org.aliases.length ? `aliases: ${org.aliases.join(', ')}` : '',
          org.parent ? `part of: ${org.parent.name}` : '',
          org.children.length ? `subsidiaries: ${org.children.map((c) => c.name).join(', ')}` : '',
          org.units.length ? `units named: ${org.units.map((u) => `${u.name} (${u.facts})`).join(', ')}` : '',
          `departures ${org.counts.departures}, arrivals ${org.counts.arrivals}, alumni ${org.counts.alumni}, founders ${org.counts.founders}`,
          'use --alumni, --departures, --arrivals or --activity for the lists',
        ];
        process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
      });
    });
}

export function printClaims(claims: ClaimView[]): void {
  printTable(
    ['date', 'person', 'relation', 'organisation', 'unit / role', 'status', 'sources', 'evidence'],
    claims.map((c) => [
      c.date ?? '?',
      c.person.name,
      c.relation,
      c.org?.name ?? '(unnamed)',
      [c.unit, c.role].filter(Boolean).join(' / '),
      c.status + (c.conflicts.length ? ' ⚠ conflict' : ''),
      c.sourceCount,
      c.sources[0]?.evidence,
    ]),
  );
}
