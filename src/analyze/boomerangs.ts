import type { TalentStore } from '../store/schema.js';
import type { Boomerang, Page, PageOptions } from './types.js';
import { datesAgree } from '../resolve/partial-date-order.js';
import { pageBounds } from './fact-rows.js';
import { orgScope } from './load-views.js';
import { requireOrg } from './org-views.js';

/**
 * People who joined an organisation they had left before: a `joined` claim dated after a `left`
 * claim of the same person and organisation (dates that merely agree, 2024 and 2024-05, are not
 * "after"). Ordered by the return, latest first.
 */
export async function listBoomerangs(store: TalentStore, options: PageOptions & { org?: string | number } = {}): Promise<Page<Boomerang>> {
  const { limit, offset } = pageBounds(options);
  let query = store.db
    .selectFrom('claims as l')
    .innerJoin('claims as j', (join) => join.onRef('j.person_id', '=', 'l.person_id').onRef('j.org_id', '=', 'l.org_id'))
    .innerJoin('people', 'people.id', 'l.person_id')
    .innerJoin('orgs', 'orgs.id', 'l.org_id')
    .select(['l.person_id', 'people.name as person_name', 'orgs.id as org_id', 'orgs.name as org_name', 'orgs.kind', 'l.id as left_id', 'l.date as left_date', 'j.id as joined_id', 'j.date as joined_date', 'j.date_sort as joined_sort'])
    .where('l.relation', '=', 'left')
    .where('j.relation', '=', 'joined')
    .whereRef('j.date_sort', '>', 'l.date_sort');
  if (options.org != null) {
    const org = await requireOrg(store, options.org);
    query = query.where('l.org_id', 'in', await orgScope(store.db, org.id));
  }
  const rows = (await query.execute()).filter((r) => !datesAgree(r.left_date!, r.joined_date!));
  // One entry per (person, organisation, return): the latest departure before that return.
  const seen = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const key = `${r.person_id}:${r.org_id}:${r.joined_id}`;
    const current = seen.get(key);
    if (!current || (r.left_date ?? '') > (current.left_date ?? '')) seen.set(key, r);
  }
  const all = [...seen.values()].sort((a, b) => (b.joined_sort ?? '').localeCompare(a.joined_sort ?? '') || a.person_id - b.person_id);
  return {
    total: all.length,
    items: all.slice(offset, offset + limit).map((r) => ({
      person: { id: r.person_id, name: r.person_name },
      org: { id: r.org_id, name: r.org_name, kind: r.kind },
      left: { date: r.left_date, claimId: r.left_id },
      rejoined: { date: r.joined_date, claimId: r.joined_id },
    })),
  };
}
