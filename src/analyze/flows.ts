import { sql } from 'kysely';
import type { TalentStore } from '../store/schema.js';
import type { Flow, FlowEnd, FlowOptions, NetFlow, PeriodFilter } from './types.js';
import { UsageError } from '../errors.js';
import { periodConditions } from './load-views.js';

/** A founded company the text does not name: the end of a flow all the same. */
const UNNAMED: FlowEnd = { id: null, name: '(unnamed company)', kind: 'startup' };

/**
 * Top flows between organisations (`by: 'org'`) or organisation kinds (`by: 'kind'`, big_tech →
 * startup…), counted in moves, largest first. Filters: period (of the move), relation of the
 * arrival (joined/founded), sector (of the claim or of the destination organisation).
 */
export async function getFlows(store: TalentStore, options: FlowOptions = {}): Promise<Flow[]> {
  const top = Math.min(1000, Math.max(1, options.top ?? 20));
  const by = options.by ?? 'org';
  if (by !== 'org' && by !== 'kind') throw new UsageError(`--by "${String(by)}": use org or kind`);
  // Count per (from, to) first, straight from the moves_pair index; kinds and sectors are looked up on the groups.
  let query = store.db.selectFrom('moves').where('moves.from_org_id', 'is not', null).where((eb) => eb.and(periodConditions('moves.date_sort', options)));
  if (options.relation) query = query.where('moves.to_relation', '=', options.relation);
  if (options.sector) {
    query = query
      .innerJoin('claims as tc', 'tc.id', 'moves.to_claim_id')
      .leftJoin('orgs as ts', 'ts.id', 'moves.to_org_id')
      .where((eb) => eb.or([eb('tc.sector', '=', options.sector!), eb('ts.sector', '=', options.sector!)]));
  }
  const pairs = query.select(['moves.from_org_id', 'moves.to_org_id', sql<number>`count(*)`.as('n')]).groupBy(['moves.from_org_id', 'moves.to_org_id']);
  if (by === 'kind') {
    const rows = await store.db
      .selectFrom(pairs.as('g'))
      .innerJoin('orgs as f', 'f.id', 'g.from_org_id')
      .leftJoin('orgs as t', 't.id', 'g.to_org_id')
      .select(['f.kind as from_kind', sql<string>`coalesce(t.kind, 'startup')`.as('to_kind'), sql<number>`sum(g.n)`.as('n')])
      .groupBy(['f.kind', sql`coalesce(t.kind, 'startup')`])
      .orderBy('n', 'desc')
      .limit(top)
      .execute();
    return rows.map((r) => ({ from: { id: null, name: r.from_kind, kind: r.from_kind }, to: { id: null, name: r.to_kind, kind: r.to_kind }, count: Number(r.n) }));
  }
  const rows = await pairs
    .orderBy('n', 'desc')
    .orderBy('moves.from_org_id')
    .orderBy('moves.to_org_id')
    .limit(top)
    .execute();
  const ids = [...new Set(rows.flatMap((r) => [r.from_org_id, r.to_org_id]).filter((id): id is number => id != null))];
  const orgs = ids.length ? await store.db.selectFrom('orgs').select(['id', 'name', 'kind']).where('id', 'in', ids).execute() : [];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const end = (id: number | null): FlowEnd => {
    const o = id != null ? byId.get(id) : undefined;
    return o ? { id: o.id, name: o.name, kind: o.kind } : UNNAMED;
  };
  return rows.map((r) => ({ from: end(r.from_org_id), to: end(r.to_org_id), count: Number(r.n) }));
}

/**
 * Net flow per organisation: arrivals (joined + founded claims) − departures (left claims) in the
 * period; the top importers (net > 0) and exporters (net < 0) of talent.
 */
export async function getNetFlows(store: TalentStore, options: PeriodFilter & { limit?: number } = {}): Promise<{ importers: NetFlow[]; exporters: NetFlow[] }> {
  const limit = Math.min(1000, Math.max(1, options.limit ?? 10));
  // Counted per (organisation, relation) from the claims_org_page index, then named.
  const counts = store.db
    .selectFrom('claims')
    .select(['org_id', 'relation', sql<number>`count(*)`.as('n')])
    .where('org_id', 'is not', null)
    .where('relation', 'in', ['left', 'joined', 'founded'])
    .where((eb) => eb.and(periodConditions('date_sort', options)))
    .groupBy(['org_id', 'relation']);
  const rows = await store.db
    .selectFrom(counts.as('c'))
    .innerJoin('orgs', 'orgs.id', 'c.org_id')
    .select(['orgs.id', 'orgs.name', 'orgs.kind', 'c.relation', 'c.n'])
    .execute();
  const byOrg = new Map<number, NetFlow>();
  for (const r of rows) {
    const flow = byOrg.get(r.id) ?? { org: { id: r.id, name: r.name, kind: r.kind }, arrivals: 0, departures: 0, net: 0 };
    if (r.relation === 'left') flow.departures += Number(r.n);
    else flow.arrivals += Number(r.n);
    flow.net = flow.arrivals - flow.departures;
    byOrg.set(r.id, flow);
  }
  const all = [...byOrg.values()];
  return {
    importers: all.filter((f) => f.net > 0).sort((a, b) => b.net - a.net || b.arrivals - a.arrivals || a.org.id - b.org.id).slice(0, limit),
    exporters: all.filter((f) => f.net < 0).sort((a, b) => a.net - b.net || b.departures - a.departures || a.org.id - b.org.id).slice(0, limit),
  };
}
