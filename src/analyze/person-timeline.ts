import { sql } from 'kysely';
import type { TalentStore } from '../store/schema.js';
import type { PersonRef, PersonTimeline } from './types.js';
import { NotFoundError } from '../errors.js';
import { normalizeName } from '../resolve/normalize-name.js';
import { followPersonMerges, idsByName } from '../store/resolve-people.js';
import { loadClaimViews, loadMoveViews } from './load-views.js';

/** People with this name or alias (several when homonyms were kept apart), oldest first. */
export async function findPeople(store: TalentStore, name: string): Promise<PersonRef[]> {
  const ids = await idsByName(store.db, normalizeName(name));
  if (ids.length === 0) return [];
  const rows = await store.db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids).orderBy('id').execute();
  return rows;
}

/**
 * A person's claims ordered by date (undated last) with sources and conflicts, and their moves.
 * By name, the oldest person of that name is shown and the others listed as homonyms.
 * NotFoundError if unknown.
 */
export async function getPersonTimeline(store: TalentStore, nameOrId: string | number): Promise<PersonTimeline> {
  const db = store.db;
  let person: PersonRef | undefined;
  let homonyms: PersonRef[] = [];
  if (typeof nameOrId === 'number' || /^\d+$/.test(nameOrId)) {
    const row = await db.selectFrom('people').select(['id', 'merged_into']).where('id', '=', Number(nameOrId)).executeTakeFirst();
    if (row) {
      const id = await followPersonMerges(db, row.id, row.merged_into);
      person = await db.selectFrom('people').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
    }
  }
  if (!person && typeof nameOrId === 'string') {
    const found = await findPeople(store, nameOrId);
    person = found[0];
    homonyms = found.slice(1);
  }
  if (!person) throw new NotFoundError(`no person "${nameOrId}" in the store`);
  if (homonyms.length === 0) {
    const self = await db.selectFrom('people').select(['norm_name']).where('id', '=', person.id).executeTakeFirstOrThrow();
    homonyms = (await findPeople(store, self.norm_name)).filter((p) => p.id !== person!.id);
  }
  const aliases = await db.selectFrom('person_aliases').select('alias').where('person_id', '=', person.id).orderBy('alias').execute();
  const claimIds = await db.selectFrom('claims').select('id').where('person_id', '=', person.id).orderBy(sql`date_sort asc nulls last`).orderBy('id').execute();
  const moveIds = await db.selectFrom('moves').select('id').where('person_id', '=', person.id).orderBy(sql`date_sort asc nulls last`).orderBy('id').execute();
  return {
    person,
    aliases: aliases.map((a) => a.alias).filter((a) => a !== person!.name),
    homonyms,
    entries: await loadClaimViews(db, claimIds.map((c) => c.id)),
    moves: await loadMoveViews(db, moveIds.map((m) => m.id)),
  };
}
