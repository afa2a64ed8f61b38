import type { TalentStore } from '../store/schema.js';
import type { PersonRef, PersonTimeline } from './types.js';

/** People with this name or alias (several when homonyms were kept apart). */
export async function findPeople(_store: TalentStore, _name: string): Promise<PersonRef[]> {
  throw new Error('findPeople: not implemented yet');
}

/** A person's claims ordered by date with sources and conflicts, and their moves; NotFoundError if unknown. */
export async function getPersonTimeline(_store: TalentStore, _nameOrId: string | number): Promise<PersonTimeline> {
  throw new Error('getPersonTimeline: not implemented yet');
}
