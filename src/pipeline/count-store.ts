import type { TalentStore } from '../store/schema.js';

/** Documents, facts, people (with facts, not merged away) and organisations in the store. */
export async function countStore(store: TalentStore): Promise<{ documents: number; facts: number; people: number; orgs: number }> {
  const db = store.db;
  const [documents, facts, people, orgs] = await Promise.all([
    db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('facts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('people').select((eb) => eb.fn.countAll().as('n')).where('merged_into', 'is', null).executeTakeFirstOrThrow(),
    db.selectFrom('orgs').select((eb) => eb.fn.countAll().as('n')).where('merged_into', 'is', null).executeTakeFirstOrThrow(),
  ]);
  return { documents: Number(documents.n), facts: Number(facts.n), people: Number(people.n), orgs: Number(orgs.n) };
}
