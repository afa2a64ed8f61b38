import { sql } from 'kysely';
import type { TalentStore } from '../store/schema.js';
import type { AlumniResult, Alumnus, ClaimView, OrgActivity, OrgDetail, OrgNetwork, OrgRef, Page, PageOptions, PeriodCount, PeriodFilter, NetworkEdge, NetworkNode } from './types.js';
import type { Relation } from '../extract/fact.js';
import { NotFoundError } from '../errors.js';
import { normalizeName } from '../resolve/normalize-name.js';
import { followMerges } from '../store/resolve-orgs.js';
import { pageBounds } from './fact-rows.js';
import { loadClaimViews, orgRef, orgScope, pageScopedClaims, periodConditions } from './load-views.js';

/** An organisation by id, name or alias (merges followed); null if unknown. */
export async function findOrg(store: TalentStore, nameOrId: string | number): Promise<OrgRef | null> {
  const db = store.db;
  let id: number | null = null;
  if (typeof nameOrId === 'number') {
    id = nameOrId;
  } else {
    const norm = normalizeName(nameOrId);
    const hit =
      (await db.selectFrom('org_aliases').select('org_id as id').where('norm_alias', '=', norm).executeTakeFirst()) ??
      (await db.selectFrom('orgs').select('id').where('norm_name', '=', norm).orderBy('id').executeTakeFirst());
    if (hit) id = hit.id;
    else if (/^\d+$/.test(nameOrId.trim())) id = Number(nameOrId);
  }
  if (id == null) return null;
  const row = await db.selectFrom('orgs').select(['id', 'merged_into']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const finalId = await followMerges(db, row.id, row.merged_into);
  const org = await db.selectFrom('orgs').select(['id', 'name', 'kind']).where('id', '=', finalId).executeTakeFirstOrThrow();
  return orgRef(org);
}

/** One organisation with parent, subsidiaries, aliases, units and counts; NotFoundError if unknown. */
export async function getOrg(store: TalentStore, nameOrId: string | number): Promise<OrgDetail> {
  const org = await requireOrg(store, nameOrId);
  const db = store.db;
  const scope = await orgScope(db, org.id);
  const row = await db.selectFrom('orgs').select(['sector', 'parent_id']).where('id', '=', org.id).executeTakeFirstOrThrow();
  const parent = row.parent_id != null ? await db.selectFrom('orgs').select(['id', 'name', 'kind']).where('id', '=', row.parent_id).executeTakeFirst() : undefined;
  const children = await db.selectFrom('orgs').select(['id', 'name', 'kind']).where('parent_id', '=', org.id).where('merged_into', 'is', null).orderBy('name').execute();
  const aliases = await db.selectFrom('org_aliases').select('alias').where('org_id', '=', org.id).orderBy('alias').execute();
  // Units as the claims name them (one per person and relation), from the claims_org_unit index.
  const units = await db
    .selectFrom('claims')
    .select(['unit', sql<number>`count(*)`.as('n')])
    .where('org_id', 'in', scope)
    .where('unit', 'is not', null)
    .groupBy('unit')
    .orderBy('n', 'desc')
    .limit(100)
    .execute();
  // From the claims_org_page index alone: a claim is one person's (relation, organisation), so per
  // organisation these are people; a person counted under the group and a subsidiary counts twice.
  const counts = await db
    .selectFrom('claims')
    .select(['relation', sql<number>`count(*)`.as('n')])
    .where('org_id', 'in', scope)
    .where('relation', 'in', ['left', 'joined', 'founded'])
    .groupBy('relation')
    .execute();
  const count = (r: string) => Number(counts.find((c) => c.relation === r)?.n ?? 0);
  return {
    ...org,
    sector: row.sector,
    parent: parent ? orgRef(parent) : null,
    children: children.map(orgRef),
    aliases: aliases.map((a) => a.alias).filter((a) => a !== org.name),
    units: units.map((u) => ({ name: u.unit!, facts: Number(u.n) })),
    counts: { departures: count('left'), arrivals: count('joined') + count('founded'), founders: count('founded'), alumni: count('left') },
  };
}

/**
 * People who left the organisation (its units and subsidiaries included), latest departure first,
 * with where they went next and what they founded.
 */
export async function listAlumni(store: TalentStore, org: string | number, options: PeriodFilter & PageOptions = {}): Promise<AlumniResult> {
  const target = await requireOrg(store, org);
  const db = store.db;
  const scope = await orgScope(db, target.id);
  const { limit, offset } = pageBounds(options);
  // Alumni are people: a person who left the group and a subsidiary is listed once, at the latest departure.
  const { total, rows } = await pageScopedClaims(db, scope, ['left'], options, Math.ceil((offset + limit) * 1.5) + 10);
  const firstRow = new Map<number, number>();
  for (const r of rows) if (!firstRow.has(r.person_id)) firstRow.set(r.person_id, r.id);
  const personIds = [...firstRow.keys()].slice(offset, offset + limit);
  if (personIds.length === 0) return { org: target, total, items: [] };
  const leftOf = new Map(personIds.map((p) => [p, { id: firstRow.get(p)! }]));
  const leftClaims = new Map((await loadClaimViews(db, [...leftOf.values()].map((l) => l.id))).map((c) => [c.person.id, c]));

  // Moves by person (a handful each); the scope is applied here, so the planner cannot prefer
  // scanning every move out of a giant organisation.
  const moves = (
    await db
      .selectFrom('moves')
      .leftJoin('orgs', 'orgs.id', 'moves.to_org_id')
      .select(['moves.person_id', 'moves.from_org_id', 'moves.to_org_id', 'orgs.name', 'orgs.kind', 'moves.to_relation', 'moves.date', 'moves.date_sort'])
      .where('moves.person_id', 'in', personIds)
      .execute()
  )
    .filter((m) => m.from_org_id != null && scope.includes(m.from_org_id))
    .sort((a, b) => (a.date_sort ?? '~').localeCompare(b.date_sort ?? '~'));
  const founded = await db
    .selectFrom('claims')
    .leftJoin('orgs', 'orgs.id', 'claims.org_id')
    .select(['claims.person_id', 'claims.org_id', 'orgs.name', 'orgs.kind', 'claims.sector', 'orgs.sector as org_sector', 'claims.date'])
    .where('claims.person_id', 'in', personIds)
    .where('claims.relation', '=', 'founded')
    .orderBy('claims.date_sort')
    .execute();

  const items: Alumnus[] = [];
  for (const personId of personIds) {
    const left = leftClaims.get(personId);
    if (!left) continue;
    items.push({
      person: left.person,
      left,
      wentTo: moves
        .filter((m) => m.person_id === personId)
        .map((m) => ({ org: m.to_org_id != null ? { id: m.to_org_id, name: m.name ?? '', kind: m.kind ?? 'unknown' } : null, relation: m.to_relation as 'joined' | 'founded', date: m.date })),
      founded: founded
        .filter((f) => f.person_id === personId)
        .map((f) => ({ org: f.org_id != null ? { id: f.org_id, name: f.name ?? '', kind: f.kind ?? 'unknown' } : null, sector: f.sector ?? f.org_sector ?? null, date: f.date })),
    });
  }
  return { org: target, total, items };
}

/** `left` claims of the organisation (units and subsidiaries included), latest first. */
export async function listDepartures(store: TalentStore, org: string | number, options: PeriodFilter & PageOptions = {}): Promise<Page<ClaimView>> {
  return listClaimsOf(store, org, ['left'], options);
}

/** `joined` and `founded` claims of the organisation, latest first. */
export async function listArrivals(store: TalentStore, org: string | number, options: PeriodFilter & PageOptions = {}): Promise<Page<ClaimView>> {
  return listClaimsOf(store, org, ['joined', 'founded'], options);
}

/** Departures and arrivals per month or quarter (undated or year-only claims counted apart). */
export async function getOrgActivity(store: TalentStore, org: string | number, options: PeriodFilter & { period?: 'month' | 'quarter' } = {}): Promise<OrgActivity> {
  const target = await requireOrg(store, org);
  const period = options.period ?? 'month';
  const scope = await orgScope(store.db, target.id);
  // Month counts aggregated in the database (index-only); quarters are summed from months.
  const rows = await store.db
    .selectFrom('claims')
    .select(['relation', sql<string | null>`substr(date_sort, 1, 7)`.as('month'), sql<number>`count(*)`.as('n')])
    .where('org_id', 'in', scope)
    .where('relation', 'in', ['left', 'joined', 'founded'])
    .where((eb) => eb.and(periodConditions('date_sort', options)))
    .groupBy(['relation', sql`substr(date_sort, 1, 7)`])
    .execute();
  const series = new Map<string, PeriodCount>();
  const undated = { departures: 0, arrivals: 0 };
  for (const r of rows) {
    const key = periodKey(r.month, period);
    const field = r.relation === 'left' ? 'departures' : 'arrivals';
    if (!key) {
      undated[field] += Number(r.n);
      continue;
    }
    const entry = series.get(key) ?? { period: key, departures: 0, arrivals: 0 };
    entry[field] += Number(r.n);
    series.set(key, entry);
  }
  return { org: target, period, series: [...series.values()].sort((a, b) => a.period.localeCompare(b.period)), undated };
}

/** Ego network: the organisation, people who left or joined it, and where those who left went next. */
export async function getOrgNetwork(store: TalentStore, org: string | number, options: { limit?: number } = {}): Promise<OrgNetwork> {
  const target = await requireOrg(store, org);
  const db = store.db;
  const scope = await orgScope(db, target.id);
  const limit = Math.min(500, Math.max(1, options.limit ?? 100));
  // The latest claims of the organisation, paged from the index like departures.
  const page = (await pageScopedClaims(db, scope, ['left', 'joined', 'founded'], {}, limit)).rows.slice(0, limit);
  const claims = page.length
    ? await db
        .selectFrom('claims')
        .innerJoin('people', 'people.id', 'claims.person_id')
        .select(['claims.id', 'claims.person_id', 'people.name', 'claims.relation', 'claims.date'])
        .where('claims.id', 'in', page.map((p) => p.id))
        .execute()
    : [];
  const nodes = new Map<string, NetworkNode>();
  const edges: NetworkEdge[] = [];
  const orgNode = `org:${target.id}`;
  nodes.set(orgNode, { id: orgNode, type: 'org', label: target.name, kind: target.kind });
  for (const c of claims) {
    const personNode = `person:${c.person_id}`;
    nodes.set(personNode, { id: personNode, type: 'person', label: c.name });
    edges.push(c.relation === 'left' ? { source: orgNode, target: personNode, relation: 'left', date: c.date } : { source: personNode, target: orgNode, relation: c.relation as Relation, date: c.date });
  }
  const personIds = [...new Set(claims.map((c) => c.person_id))];
  if (personIds.length > 0) {
    const next = (
      await db
        .selectFrom('moves')
        .innerJoin('orgs', 'orgs.id', 'moves.to_org_id')
        .select(['moves.person_id', 'moves.from_org_id', 'orgs.id', 'orgs.name', 'orgs.kind', 'moves.to_relation', 'moves.date'])
        .where('moves.person_id', 'in', personIds)
        .execute()
    ).filter((m) => m.from_org_id != null && scope.includes(m.from_org_id));
    for (const m of next) {
      const node = `org:${m.id}`;
      if (!nodes.has(node)) nodes.set(node, { id: node, type: 'org', label: m.name, kind: m.kind });
      edges.push({ source: `person:${m.person_id}`, target: node, relation: m.to_relation as Relation, date: m.date });
    }
  }
  return { org: target, nodes: [...nodes.values()], edges };
}

/** findOrg, or NotFoundError naming what was asked. */
export async function requireOrg(store: TalentStore, nameOrId: string | number): Promise<OrgRef> {
  const org = await findOrg(store, nameOrId);
  if (!org) throw new NotFoundError(`no organisation "${nameOrId}" in the store`);
  return org;
}

async function listClaimsOf(store: TalentStore, org: string | number, relations: string[], options: PeriodFilter & PageOptions): Promise<Page<ClaimView>> {
  const target = await requireOrg(store, org);
  const scope = await orgScope(store.db, target.id);
  const { limit, offset } = pageBounds(options);
  const { total, rows } = await pageScopedClaims(store.db, scope, relations, options, offset + limit);
  return { total, items: await loadClaimViews(store.db, rows.slice(offset, offset + limit).map((r) => r.id)) };
}

function periodKey(dateSort: string | null, period: 'month' | 'quarter'): string | null {
  if (!dateSort) return null;
  const [year, month] = dateSort.split('-');
  if (!month || month === '00') return null;
  if (period === 'month') return `${year}-${month}`;
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}
