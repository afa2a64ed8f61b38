import { sql, type Kysely, type RawBuilder } from 'kysely';
import { UsageError } from '../errors.js';
import { parsePartialDate } from '../time/partial-date.js';
import type { TalentDatabase } from '../store/schema.js';
import type { Relation } from '../extract/fact.js';
import type { ClaimView, Conflict, FactStatus, MoveView, OrgRef, PeriodFilter, ReviewState, SourceRef } from './types.js';
import { periodEnd, periodStart } from '../resolve/partial-date-order.js';

type Db = Kysely<TalentDatabase>;

/** Claims by id, with person, organisation, conflicts and every source; in the order of `ids`. */
export async function loadClaimViews(db: Db, ids: number[]): Promise<ClaimView[]> {
  const unique = [...new Set(ids)];
  const byId = new Map<number, ClaimView>();
  for (let start = 0; start < unique.length; start += 500) {
    const chunk = unique.slice(start, start + 500);
    const rows = await db
      .selectFrom('claims')
      .innerJoin('people', 'people.id', 'claims.person_id')
      .leftJoin('orgs', 'orgs.id', 'claims.org_id')
      .select([
        'claims.id', 'claims.person_id', 'people.name as person_name', 'claims.relation', 'claims.org_id', 'orgs.name as org_name', 'orgs.kind as org_kind',
        'claims.unit', 'claims.role', 'claims.date', 'claims.status', 'claims.source_count', 'claims.sector', 'claims.conflicts',
      ])
      .where('claims.id', 'in', chunk)
      .execute();
    const sources = await loadSources(db, chunk);
    for (const r of rows) {
      byId.set(r.id, {
        id: r.id,
        person: { id: r.person_id, name: r.person_name },
        relation: r.relation as Relation,
        org: r.org_id != null ? { id: r.org_id, name: r.org_name ?? '', kind: r.org_kind ?? 'unknown' } : null,
        unit: r.unit,
        role: r.role,
        date: r.date,
        status: r.status as FactStatus,
        sourceCount: Number(r.source_count),
        sector: r.sector,
        conflicts: r.conflicts ? (JSON.parse(r.conflicts) as Conflict[]) : [],
        sources: sources.get(r.id) ?? [],
      });
    }
  }
  return ids.map((id) => byId.get(id)).filter((c): c is ClaimView => c != null);
}

/** Moves by id, each with the sources of its two claims; in the order of `ids`. */
export async function loadMoveViews(db: Db, ids: number[]): Promise<MoveView[]> {
  if (ids.length === 0) return [];
  const rows: Array<{ id: number; person_id: number; from_org_id: number | null; to_org_id: number | null; to_relation: string; date: string | null; left_claim_id: number; to_claim_id: number }> = [];
  for (let start = 0; start < ids.length; start += 500) {
    rows.push(...(await db.selectFrom('moves').select(['id', 'person_id', 'from_org_id', 'to_org_id', 'to_relation', 'date', 'left_claim_id', 'to_claim_id']).where('id', 'in', ids.slice(start, start + 500)).execute()));
  }
  const claims = new Map((await loadClaimViews(db, rows.flatMap((r) => [r.left_claim_id, r.to_claim_id]))).map((c) => [c.id, c]));
  const byId = new Map<number, MoveView>();
  for (const r of rows) {
    const left = claims.get(r.left_claim_id);
    const to = claims.get(r.to_claim_id);
    if (!left || !to) continue;
    const sources = [...new Map([...left.sources, ...to.sources].map((s) => [s.factId, s])).values()];
    byId.set(r.id, {
      id: r.id,
      person: left.person,
      from: left.org,
      to: to.org,
      toRelation: r.to_relation as 'joined' | 'founded',
      date: r.date,
      status: left.status === 'confirmed' && to.status === 'confirmed' ? 'confirmed' : 'reported',
      sourceCount: new Set(sources.filter((s) => s.independent).map((s) => s.docId)).size || 1,
      conflicts: [...left.conflicts, ...to.conflicts],
      sources,
    });
  }
  return ids.map((id) => byId.get(id)).filter((m): m is MoveView => m != null);
}

async function loadSources(db: Db, claimIds: number[]): Promise<Map<number, SourceRef[]>> {
  const rows = await db
    .selectFrom('claim_sources')
    .innerJoin('facts', 'facts.id', 'claim_sources.fact_id')
    .innerJoin('documents', 'documents.id', 'facts.doc_id')
    .select([
      'claim_sources.claim_id', 'facts.id', 'facts.fact_key', 'facts.doc_id', 'documents.doc_key', 'documents.title', 'documents.url', 'documents.published',
      'facts.evidence', 'facts.evidence_start', 'facts.evidence_end', 'facts.date', 'facts.role', 'facts.unit', 'facts.status', 'facts.confidence',
      'facts.review_state', 'facts.independent',
    ])
    .where('claim_sources.claim_id', 'in', claimIds)
    .orderBy('facts.id')
    .execute();
  const map = new Map<number, SourceRef[]>();
  for (const r of rows) {
    const s: SourceRef = {
      factId: r.id,
      factKey: r.fact_key,
      docId: r.doc_id,
      docKey: r.doc_key,
      title: r.title,
      url: r.url,
      published: r.published,
      evidence: r.evidence,
      evidenceStart: r.evidence_start,
      evidenceEnd: r.evidence_end,
      date: r.date,
      role: r.role,
      unit: r.unit,
      status: r.status as FactStatus,
      confidence: r.confidence == null ? null : Number(r.confidence),
      reviewState: r.review_state as ReviewState,
      independent: Number(r.independent) === 1,
    };
    const list = map.get(r.claim_id);
    if (list) list.push(s);
    else map.set(r.claim_id, [s]);
  }
  return map;
}

/** The organisation and everything below it (KB subsidiaries), as ids. */
export async function orgScope(db: Db, orgId: number): Promise<number[]> {
  const scope = [orgId];
  let frontier = [orgId];
  for (let depth = 0; frontier.length > 0 && depth < 10; depth++) {
    const children = await db.selectFrom('orgs').select('id').where('parent_id', 'in', frontier).where('merged_into', 'is', null).execute();
    frontier = children.map((c) => c.id).filter((id) => !scope.includes(id));
    scope.push(...frontier);
  }
  return scope;
}

/**
 * `date_sort` bounds for a period filter, as SQL conditions on the given column: a date is in the
 * period when its span overlaps it (2024 overlaps 2024-06..), undated rows fall out when a bound is set. Throws UsageError for a bound that is not YYYY, YYYY-MM or YYYY-MM-DD.
 */
export function periodConditions(column: string, period: PeriodFilter): RawBuilder<boolean>[] {
  const conditions: RawBuilder<boolean>[] = [];
  for (const [name, value] of [['since', period.since], ['until', period.until]] as const) {
    if (value != null && (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || !parsePartialDate(value))) {
      throw new UsageError(`--${name} "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
  }
  // A partial date is in a period it overlaps: "2024" is within --since 2024-06 (its end, 2024-99-99, is after).
  if (period.since) conditions.push(sql<boolean>`replace(${sql.ref(column)}, '-00', '-99') >= ${periodStart(period.since)}`);
  if (period.until) conditions.push(sql<boolean>`${sql.ref(column)} <= ${periodEnd(period.until)}`);
  return conditions;
}

export function orgRef(row: { id: number; name: string; kind: string }): OrgRef {
  return { id: row.id, name: row.name, kind: row.kind };
}

/**
 * One page of an organisation's claims (every org of `scope` × every relation), newest first and
 * undated last, ties by id. Each (org, relation) stream is read backwards straight from the
 * claims_org_page index with a LIMIT, then merged, so a page costs the same for a giant as for a
 * small organisation. `total` counts the claims matching.
 */
export async function pageScopedClaims(
  db: Db,
  scope: number[],
  relations: string[],
  period: PeriodFilter,
  window: number,
): Promise<{ total: number; rows: Array<{ id: number; person_id: number; date_sort: string | null }> }> {
  const conditions = periodConditions('date_sort', period);
  const total = await db
    .selectFrom('claims')
    .select(sql<number>`count(*)`.as('n'))
    .where('org_id', 'in', scope)
    .where('relation', 'in', relations)
    .where((eb) => eb.and(conditions))
    .executeTakeFirstOrThrow();
  // One statement: a UNION ALL of LIMITed index scans, one per (org, relation, dated or not).
  const streams = [];
  for (const orgId of scope) {
    for (const relation of relations) {
      const base = db.selectFrom('claims').select(['id', 'person_id', 'date_sort']).where('org_id', '=', orgId).where('relation', '=', relation);
      streams.push(base.where('date_sort', 'is not', null).where((eb) => eb.and(conditions)).orderBy('date_sort', 'desc').orderBy('id', 'desc').limit(window));
      // Undated claims fall out of any period.
      if (conditions.length === 0) streams.push(base.where('date_sort', 'is', null).orderBy('id', 'desc').limit(window));
    }
  }
  const [first, ...others] = streams.map((q, i) => db.selectFrom(q.as(`s${i}`)).selectAll());
  let union = first!;
  for (const other of others) union = union.unionAll(other);
  const all = await union.execute();
  const dated = all.filter((r) => r.date_sort != null);
  const undated = all.filter((r) => r.date_sort == null);
  dated.sort((a, b) => (a.date_sort! < b.date_sort! ? 1 : a.date_sort! > b.date_sort! ? -1 : b.id - a.id));
  undated.sort((a, b) => b.id - a.id);
  return { total: Number(total.n), rows: [...dated, ...undated] };
}
