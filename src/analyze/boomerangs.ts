import { sql } from 'kysely';
import type { TalentStore } from '../store/schema.js';
import type { Boomerang, Page, PageOptions } from './types.js';
import { pageBounds } from './fact-rows.js';
import { orgScope } from './load-views.js';
import { requireOrg } from './org-views.js';

/**
 * People who joined an organisation they had left before (a `joined` claim dated after a `left`
 * claim of the same person and organisation; see findBoomerangs), latest return first.
 * Derived at ingest into the boomerangs table.
 */
export async function listBoomerangs(store: TalentStore, options: PageOptions & { org?: string | number } = {}): Promise<Page<Boomerang>> {
  const { limit, offset } = pageBounds(options);
  let base = store.db.selectFrom('boomerangs');
  if (options.org != null) {
    const org = await requireOrg(store, options.org);
    base = base.where('boomerangs.org_id', 'in', await orgScope(store.db, org.id));
  }
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('people', 'people.id', 'boomerangs.person_id')
    .innerJoin('orgs', 'orgs.id', 'boomerangs.org_id')
    .select(['boomerangs.person_id', 'people.name as person_name', 'orgs.id as org_id', 'orgs.name as org_name', 'orgs.kind', 'boomerangs.left_claim_id', 'boomerangs.left_date', 'boomerangs.joined_claim_id', 'boomerangs.joined_date'])
    .orderBy('boomerangs.joined_sort', 'desc')
    .orderBy('boomerangs.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      person: { id: r.person_id, name: r.person_name },
      org: { id: r.org_id, name: r.org_name, kind: r.kind },
      left: { date: r.left_date, claimId: r.left_claim_id },
      rejoined: { date: r.joined_date, claimId: r.joined_claim_id },
    })),
  };
}
