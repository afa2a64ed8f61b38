import type { Kysely } from 'kysely';
import type { TalentDatabase } from './schema.js';
import type { OrgResolver } from './resolve-orgs.js';
import { normalizeName } from '../resolve/normalize-name.js';
import { choosePerson, type NameGroup, type PersonCandidate } from '../resolve/choose-person.js';

type Db = Kysely<TalentDatabase>;

/**
 * The person one document's mentions of `name` refer to: an existing person (by name or alias,
 * merges followed) when choosePerson says so, else a new person — flagged `homonym_of` when a
 * same-named person was kept apart.
 */
export async function resolvePerson(db: Db, orgs: OrgResolver, name: string, group: NameGroup): Promise<number> {
  const norm = normalizeName(name);
  const candidates = await candidatesFor(db, orgs, norm);
  const choice = choosePerson(group, candidates);
  if (choice.personId != null) {
    await addPersonAlias(db, choice.personId, name);
    return choice.personId;
  }
  const { id } = await db
    .insertInto('people')
    .values({ name, norm_name: norm, homonym_of: choice.homonymOf, merged_into: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addPersonAlias(db, id, name);
  return id;
}

/** Looks a name up without the homonym rule (review corrections): an existing person, else a new one. */
export async function personByName(db: Db, name: string): Promise<number> {
  const norm = normalizeName(name);
  const ids = await idsByName(db, norm);
  if (ids[0] != null) return ids[0];
  const { id } = await db.insertInto('people').values({ name, norm_name: norm, homonym_of: null, merged_into: null }).returning('id').executeTakeFirstOrThrow();
  await addPersonAlias(db, id, name);
  return id;
}

export async function addPersonAlias(db: Db, personId: number, alias: string): Promise<void> {
  const norm = normalizeName(alias);
  const exists = await db.selectFrom('person_aliases').select('person_id').where('person_id', '=', personId).where('norm_alias', '=', norm).executeTakeFirst();
  if (!exists) await db.insertInto('person_aliases').values({ person_id: personId, alias, norm_alias: norm }).execute();
}

/** Ids of the (unmerged) people with this normalised name or alias, oldest first. */
export async function idsByName(db: Db, norm: string): Promise<number[]> {
  // Two indexed lookups rather than one OR (which PostgreSQL answers with a sequential scan).
  const byName = await db.selectFrom('people').select(['id', 'merged_into']).where('norm_name', '=', norm).execute();
  const byAlias = await db
    .selectFrom('person_aliases')
    .innerJoin('people', 'people.id', 'person_aliases.person_id')
    .select(['people.id', 'people.merged_into'])
    .where('person_aliases.norm_alias', '=', norm)
    .execute();
  const rows = [...byName, ...byAlias].sort((a, b) => a.id - b.id);
  const ids: number[] = [];
  for (const row of rows) {
    const id = await followPersonMerges(db, row.id, row.merged_into);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export async function followPersonMerges(db: Db, id: number, mergedInto: number | null): Promise<number> {
  let current = id;
  let next = mergedInto;
  for (let depth = 0; next != null && depth < 20; depth++) {
    current = next;
    const row = await db.selectFrom('people').select('merged_into').where('id', '=', current).executeTakeFirst();
    next = row?.merged_into ?? null;
  }
  return current;
}

async function candidatesFor(db: Db, orgs: OrgResolver, norm: string): Promise<PersonCandidate[]> {
  const ids = await idsByName(db, norm);
  const candidates: PersonCandidate[] = [];
  for (const personId of ids) {
    const facts = await db.selectFrom('facts').select(['org_id', 'date']).where('person_id', '=', personId).where('review_state', '!=', 'rejected').execute();
    const orgIds = new Set<number>();
    for (const f of facts) if (f.org_id != null) orgIds.add(await orgs.rootOf(f.org_id));
    const years = facts.filter((f) => f.date).map((f) => Number(f.date!.slice(0, 4)));
    candidates.push({ personId, orgIds, years });
  }
  return candidates;
}
