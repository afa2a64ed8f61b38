import type { TalentStore } from './schema.js';
import type { FactView, Page, PageOptions } from '../analyze/types.js';
import type { Relation } from '../extract/fact.js';
import { RELATIONS } from '../extract/fact.js';
import { FACT_COLUMNS, pageBounds, toFactView } from '../analyze/fact-rows.js';
import { NotFoundError, UsageError } from '../errors.js';
import { OrgResolver } from './resolve-orgs.js';
import { loadOrgKb } from '../kb/org-kb.js';
import { applyDecision } from './apply-review-decisions.js';
import { rebuildDerivedFor } from './rebuild-derived.js';
import { parsePartialDate } from '../time/partial-date.js';

/** A reviewer's decision. Stored apart from extraction and re-applied after every (re-)extraction. */
export type ReviewDecisionInput = { author?: string } & (
  | { action: 'accept' | 'reject'; factKey: string }
  | {
      action: 'correct';
      factKey: string;
      changes: Partial<{ person: string; relation: Relation; org: string | null; unit: string | null; role: string | null; date: string | null; status: 'confirmed' | 'reported' }>;
    }
  | { action: 'merge_people'; from: number; into: number }
  | { action: 'merge_orgs'; from: number; into: number }
  | { action: 'add_alias'; target: 'person' | 'org'; id: number; alias: string }
);

export interface ReviewDecision {
  id: number;
  targetKind: 'fact' | 'person' | 'org';
  target: string;
  action: ReviewDecisionInput['action'];
  payload: unknown;
  createdAt: string;
  author: string | null;
}

/** A fact awaiting review, with the article it comes from. */
export interface ReviewItem extends FactView {
  docTitle: string | null;
  published: string | null;
}

/**
 * Stores a decision and applies it at once (claims and moves of the people concerned are rebuilt).
 * Throws NotFoundError when the fact, person or organisation named does not exist, UsageError when
 * a correction is malformed.
 */
export async function recordReviewDecision(store: TalentStore, decision: ReviewDecisionInput): Promise<ReviewDecision> {
  const { targetKind, target, payload } = describe(decision);
  return store.db.transaction().execute(async (trx) => {
    await assertTargetExists(trx, targetKind, target, payload);
    const createdAt = new Date().toISOString();
    const row = { target_kind: targetKind, target, action: decision.action, payload: payload ? JSON.stringify(payload) : null, created_at: createdAt, author: decision.author ?? null };
    const { id } = await trx.insertInto('review_decisions').values(row).returning('id').executeTakeFirstOrThrow();
    const orgs = new OrgResolver(trx, loadOrgKb());
    const affected = await applyDecision(trx, orgs, { id, ...row });
    await rebuildDerivedFor(trx, affected);
    return { id, targetKind, target, action: decision.action, payload: payload ?? null, createdAt, author: row.author };
  });
}

/** Facts awaiting review (no decision yet), lowest confidence first (unknown confidence last). */
export async function listReviewQueue(store: TalentStore, options: PageOptions = {}): Promise<Page<ReviewItem>> {
  const { limit, offset } = pageBounds(options);
  const db = store.db;
  const total = await db.selectFrom('facts').select((eb) => eb.fn.countAll().as('n')).where('review_state', '=', 'pending').executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('facts')
    .innerJoin('documents', 'documents.id', 'facts.doc_id')
    .select([...FACT_COLUMNS, 'documents.title', 'documents.published'])
    .where('facts.review_state', '=', 'pending')
    .orderBy((eb) => eb.case().when('facts.confidence', 'is', null).then(1).else(0).end())
    .orderBy('facts.confidence', 'asc')
    .orderBy('facts.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: Number(total.n), items: rows.map((r) => ({ ...toFactView(r), docTitle: r.title, published: r.published })) };
}

/** All decisions, oldest first (the order they are re-applied in). */
export async function listReviewDecisions(store: TalentStore): Promise<ReviewDecision[]> {
  const rows = await store.db.selectFrom('review_decisions').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    targetKind: r.target_kind as ReviewDecision['targetKind'],
    target: r.target,
    action: r.action as ReviewDecision['action'],
    payload: r.payload ? JSON.parse(r.payload) : null,
    createdAt: r.created_at,
    author: r.author,
  }));
}

function describe(d: ReviewDecisionInput): { targetKind: ReviewDecision['targetKind']; target: string; payload: Record<string, unknown> | null } {
  switch (d.action) {
    case 'accept':
    case 'reject':
      return { targetKind: 'fact', target: d.factKey, payload: null };
    case 'correct': {
      const changes = d.changes ?? {};
      if (Object.keys(changes).length === 0) throw new UsageError(`correction of fact ${d.factKey}: no field to change`);
      if (changes.relation && !RELATIONS.includes(changes.relation)) throw new UsageError(`correction of fact ${d.factKey}: unknown relation "${changes.relation}" (one of ${RELATIONS.join(', ')})`);
      if (changes.date && !parsePartialDate(changes.date)) throw new UsageError(`correction of fact ${d.factKey}: date "${changes.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      if (changes.person !== undefined && !changes.person?.trim()) throw new UsageError(`correction of fact ${d.factKey}: person cannot be empty`);
      return { targetKind: 'fact', target: d.factKey, payload: { changes } };
    }
    case 'merge_people':
      if (d.from === d.into) throw new UsageError(`cannot merge person ${d.from} into itself`);
      return { targetKind: 'person', target: String(d.from), payload: { from: d.from, into: d.into } };
    case 'merge_orgs':
      if (d.from === d.into) throw new UsageError(`cannot merge organisation ${d.from} into itself`);
      return { targetKind: 'org', target: String(d.from), payload: { from: d.from, into: d.into } };
    case 'add_alias':
      if (!d.alias?.trim()) throw new UsageError('an alias cannot be empty');
      return { targetKind: d.target, target: String(d.id), payload: { alias: d.alias.trim() } };
  }
}

async function assertTargetExists(db: TalentStore['db'], kind: string, target: string, payload: Record<string, unknown> | null): Promise<void> {
  if (kind === 'fact') {
    const hit = await db.selectFrom('facts').select('id').where('fact_key', '=', target).executeTakeFirst();
    if (!hit) throw new NotFoundError(`no fact with key ${target}`);
    return;
  }
  const table = kind === 'person' ? 'people' : 'orgs';
  const ids = [Number(target), ...(payload && 'into' in payload ? [Number(payload.into)] : [])];
  for (const id of ids) {
    const hit = Number.isInteger(id) ? await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst() : undefined;
    if (!hit) throw new NotFoundError(`no ${kind === 'person' ? 'person' : 'organisation'} with id ${String(id)}`);
  }
}
