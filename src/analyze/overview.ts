import { sql } from 'kysely';
import type { TalentStore } from '../store/schema.js';
import type { MoveView, Overview, Page, PageOptions, PeriodFilter } from './types.js';
import { pageBounds } from './fact-rows.js';
import { loadMoveViews, periodConditions } from './load-views.js';

/** Counts for the overview page. */
export async function getOverview(store: TalentStore): Promise<Overview> {
  const db = store.db;
  const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) => Number((await q.executeTakeFirstOrThrow()).n);
  const n = sql<number>`count(*)`.as('n');
  const [documents, nearDuplicates, facts, people, orgs, claims, moves, conflicts, pendingReview, homonyms] = await Promise.all([
    count(db.selectFrom('documents').select(n)),
    count(db.selectFrom('documents').select(n).where('near_duplicate_of', 'is not', null)),
    count(db.selectFrom('facts').select(n)),
    count(db.selectFrom('people').select(n).where('merged_into', 'is', null)),
    count(db.selectFrom('orgs').select(n).where('merged_into', 'is', null)),
    count(db.selectFrom('claims').select(n)),
    count(db.selectFrom('moves').select(n)),
    count(db.selectFrom('claims').select(n).where('has_conflict', '=', 1)),
    count(db.selectFrom('facts').select(n).where('review_state', '=', 'pending')),
    count(db.selectFrom('people').select(n).where('homonym_of', 'is not', null).where('merged_into', 'is', null)),
  ]);
  return { documents, nearDuplicates, facts, people, orgs, claims, moves, conflicts, pendingReview, homonyms };
}

/** Moves, latest first (undated last). */
export async function listLatestMoves(store: TalentStore, options: PeriodFilter & PageOptions = {}): Promise<Page<MoveView>> {
  const { limit, offset } = pageBounds(options, 20);
  const base = store.db.selectFrom('moves').where((eb) => eb.and(periodConditions('date_sort', options)));
  const total = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const ids = await base.select('id').orderBy(sql`date_sort desc nulls last`).orderBy('id', 'desc').limit(limit).offset(offset).execute();
  return { total: Number(total.n), items: await loadMoveViews(store.db, ids.map((r) => r.id)) };
}
