import { sql } from 'kysely';
import type { TalentStore } from '../store/schema.js';
import type { Founder, Page, PageOptions, PeriodFilter, SectorCount } from './types.js';
import { pageBounds } from './fact-rows.js';
import { orgScope, periodConditions } from './load-views.js';
import { requireOrg } from './org-views.js';

type FounderFilter = PeriodFilter & { alumniOf?: string | number; sector?: string };

/** People who founded a company, with its sector and the organisations they had left; latest first. */
export async function listFounders(store: TalentStore, options: FounderFilter & PageOptions = {}): Promise<Page<Founder>> {
  const { limit, offset } = pageBounds(options);
  const base = await foundedClaims(store, options);
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('people', 'people.id', 'claims.person_id')
    .select(['claims.id', 'claims.person_id', 'people.name as person_name', 'claims.org_id', 'orgs.name as org_name', 'orgs.kind', 'claims.date', sql<string | null>`coalesce(claims.sector, orgs.sector)`.as('sector')])
    .orderBy(sql`claims.date_sort desc nulls last`)
    .orderBy('claims.id')
    .limit(limit)
    .offset(offset)
    .execute();
  const personIds = [...new Set(rows.map((r) => r.person_id))];
  const previous = personIds.length
    ? await store.db
        .selectFrom('claims')
        .innerJoin('orgs', 'orgs.id', 'claims.org_id')
        .select(['claims.person_id', 'orgs.id', 'orgs.name', 'orgs.kind'])
        .where('claims.person_id', 'in', personIds)
        .where('claims.relation', '=', 'left')
        .orderBy('claims.date_sort')
        .execute()
    : [];
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      person: { id: r.person_id, name: r.person_name },
      org: r.org_id != null ? { id: r.org_id, name: r.org_name ?? '', kind: r.kind ?? 'unknown' } : null,
      sector: r.sector,
      date: r.date,
      previous: previous.filter((p) => p.person_id === r.person_id).map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
      claimId: r.id,
    })),
  };
}

/** Companies founded per sector (claim sector, else the organisation's), most first; unknown sectors left out. */
export async function countSectors(store: TalentStore, options: PeriodFilter & { alumniOf?: string | number } = {}): Promise<SectorCount[]> {
  const base = await foundedClaims(store, options);
  const rows = await base
    .select([sql<string>`coalesce(claims.sector, orgs.sector)`.as('sector'), sql<number>`count(*)`.as('n')])
    .where(sql<boolean>`coalesce(claims.sector, orgs.sector) is not null`)
    .groupBy(sql`coalesce(claims.sector, orgs.sector)`)
    .orderBy('n', 'desc')
    .execute();
  return rows.map((r) => ({ sector: r.sector, founded: Number(r.n) }));
}

async function foundedClaims(store: TalentStore, options: FounderFilter) {
  let query = store.db
    .selectFrom('claims')
    .leftJoin('orgs', 'orgs.id', 'claims.org_id')
    .where('claims.relation', '=', 'founded')
    .where((eb) => eb.and(periodConditions('claims.date_sort', options)));
  if (options.sector) query = query.where(sql<boolean>`coalesce(claims.sector, orgs.sector) = ${options.sector}`);
  if (options.alumniOf != null) {
    const org = await requireOrg(store, options.alumniOf);
    const scope = await orgScope(store.db, org.id);
    query = query.where('claims.person_id', 'in', store.db.selectFrom('claims as l').select('l.person_id').where('l.relation', '=', 'left').where('l.org_id', 'in', scope));
  }
  return query;
}
