import type { Kysely } from 'kysely';
import type { TalentDatabase } from './schema.js';
import type { OrgResolver } from './resolve-orgs.js';
import { addPersonAlias, personByName } from './resolve-people.js';
import { normalizeName } from '../resolve/normalize-name.js';

type Db = Kysely<TalentDatabase>;

interface DecisionRow {
  id: number;
  target_kind: string;
  target: string;
  action: string;
  payload: string | null;
}

/**
 * Re-applies the stored fact decisions (accept, reject, correct) to the facts they name — all of
 * them, or only those with the given keys (a document just (re-)extracted). Returns the people whose
 * claims and moves must be rebuilt.
 */
export async function applyFactDecisions(db: Db, orgs: OrgResolver, factKeys?: string[]): Promise<Set<number>> {
  const affected = new Set<number>();
  if (factKeys && factKeys.length === 0) return affected;
  let query = db.selectFrom('review_decisions').select(['id', 'target_kind', 'target', 'action', 'payload']).where('target_kind', '=', 'fact');
  if (factKeys) query = query.where('target', 'in', factKeys);
  for (const row of await query.orderBy('id').execute()) {
    for (const id of await applyDecision(db, orgs, row)) affected.add(id);
  }
  return affected;
}

/** Re-applies merges and aliases (idempotent); returns the people to rebuild. */
export async function applyPersonAndOrgDecisions(db: Db, orgs: OrgResolver): Promise<Set<number>> {
  const affected = new Set<number>();
  const rows = await db.selectFrom('review_decisions').select(['id', 'target_kind', 'target', 'action', 'payload']).where('target_kind', '!=', 'fact').orderBy('id').execute();
  for (const row of rows) for (const id of await applyDecision(db, orgs, row)) affected.add(id);
  return affected;
}

/** Applies one decision to the current facts, people and organisations; returns the people touched. */
export async function applyDecision(db: Db, orgs: OrgResolver, row: DecisionRow): Promise<number[]> {
  const payload = (row.payload ? JSON.parse(row.payload) : {}) as Record<string, unknown>;
  switch (row.action) {
    case 'accept':
    case 'reject': {
      const facts = await factsWithKey(db, row.target);
      await db.updateTable('facts').set({ review_state: row.action === 'accept' ? 'accepted' : 'rejected' }).where('fact_key', '=', row.target).execute();
      return facts.map((f) => f.person_id).filter((id): id is number => id != null);
    }
    case 'correct':
      return correctFacts(db, orgs, row.target, (payload.changes ?? {}) as Record<string, string | null>);
    case 'merge_people':
      return mergePeople(db, Number(payload.from), Number(payload.into));
    case 'merge_orgs':
      return mergeOrgs(db, Number(payload.from), Number(payload.into));
    case 'add_alias':
      if (row.target_kind === 'person') {
        await addPersonAlias(db, Number(row.target), String(payload.alias));
        return [];
      }
      await addOrgAlias(db, Number(row.target), String(payload.alias));
      return [];
    default:
      return [];
  }
}

async function factsWithKey(db: Db, key: string) {
  return db.selectFrom('facts').select(['id', 'person_id']).where('fact_key', '=', key).execute();
}

async function correctFacts(db: Db, orgs: OrgResolver, key: string, changes: Record<string, string | null>): Promise<number[]> {
  const before = await factsWithKey(db, key);
  if (before.length === 0) return [];
  const set: Record<string, string | number | null> = { review_state: 'corrected' };
  for (const field of ['relation', 'unit', 'role', 'date', 'status'] as const) if (field in changes) set[field] = changes[field] ?? null;
  if ('org' in changes) {
    set.org = changes.org ?? null;
    set.org_id = changes.org ? await orgs.idOf(changes.org) : null;
  }
  let newPerson: number | null = null;
  if (changes.person) {
    set.person = changes.person;
    newPerson = await personByName(db, changes.person);
    set.person_id = newPerson;
  }
  await db.updateTable('facts').set(set).where('fact_key', '=', key).execute();
  const ids = before.map((f) => f.person_id).filter((id): id is number => id != null);
  if (newPerson != null) ids.push(newPerson);
  return ids;
}

async function mergePeople(db: Db, from: number, into: number): Promise<number[]> {
  if (!Number.isInteger(from) || !Number.isInteger(into) || from === into) return [];
  const source = await db.selectFrom('people').select(['name']).where('id', '=', from).executeTakeFirst();
  if (!source) return [];
  await db.updateTable('facts').set({ person_id: into }).where('person_id', '=', from).execute();
  await db.updateTable('people').set({ merged_into: into, homonym_of: null }).where('id', '=', from).execute();
  await db.updateTable('people').set({ homonym_of: null }).where('id', '=', into).where('homonym_of', '=', from).execute();
  await addPersonAlias(db, into, source.name);
  return [from, into];
}

async function mergeOrgs(db: Db, from: number, into: number): Promise<number[]> {
  if (!Number.isInteger(from) || !Number.isInteger(into) || from === into) return [];
  const people = await db.selectFrom('facts').select('person_id').distinct().where('org_id', '=', from).execute();
  await db.updateTable('facts').set({ org_id: into }).where('org_id', '=', from).execute();
  await db.updateTable('org_aliases').set({ org_id: into }).where('org_id', '=', from).execute();
  await db.updateTable('orgs').set({ parent_id: into }).where('parent_id', '=', from).execute();
  await db.updateTable('orgs').set({ merged_into: into }).where('id', '=', from).execute();
  return people.map((p) => p.person_id).filter((id): id is number => id != null);
}

async function addOrgAlias(db: Db, orgId: number, alias: string): Promise<void> {
  const norm = normalizeName(alias);
  const taken = await db.selectFrom('org_aliases').select('org_id').where('norm_alias', '=', norm).executeTakeFirst();
  if (taken) await db.updateTable('org_aliases').set({ org_id: orgId }).where('norm_alias', '=', norm).execute();
  else await db.insertInto('org_aliases').values({ org_id: orgId, alias, norm_alias: norm }).execute();
}
