import { sql } from 'kysely';
import type { TalentStore } from '../store/schema.js';
import type { Page, PageOptions, PersonRef } from './types.js';
import { pageBounds } from './fact-rows.js';

/** A person kept apart from a same-named one by the homonym rule, awaiting "merge" or "keep apart". */
export interface HomonymPair {
  person: PersonRef;
  sameNameAs: PersonRef;
}

/**
 * People created apart from an existing person of the same name (no shared organisation, dated
 * facts years apart): the reviewer merges them (merge_people) or leaves them apart.
 */
export async function listHomonyms(store: TalentStore, options: PageOptions = {}): Promise<Page<HomonymPair>> {
  const { limit, offset } = pageBounds(options);
  const base = store.db.selectFrom('people as p').innerJoin('people as o', 'o.id', 'p.homonym_of').where('p.merged_into', 'is', null).where('o.merged_into', 'is', null);
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base.select(['p.id', 'p.name', 'o.id as other_id', 'o.name as other_name']).orderBy('p.id').limit(limit).offset(offset).execute();
  return { total: Number(total.n), items: rows.map((r) => ({ person: { id: r.id, name: r.name }, sameNameAs: { id: r.other_id, name: r.other_name } })) };
}
