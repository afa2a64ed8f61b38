/** One document's mentions of one name: the organisations and dates its facts give. */
export interface NameGroup {
  /** Root organisation ids (the top of each organisation's parent chain). */
  orgIds: Set<number>;
  /** Years of the dated facts. */
  years: number[];
}

/** An existing person with that name, summarised the same way. */
export interface PersonCandidate extends NameGroup {
  personId: number;
}

export type PersonChoice = { personId: number } | { personId: null; homonymOf: number | null };

/** Two same-named people whose dated facts are more than this many years apart, sharing no organisation, are kept apart. */
export const HOMONYM_YEARS_APART = 5;

/**
 * Decides whether one document's mentions of a name are an existing person. The rule:
 *  - a candidate sharing an organisation (its group included) is the same person;
 *  - a candidate sharing none, whose dated facts are more than HOMONYM_YEARS_APART years from the
 *    group's, is someone else: a new person is made and flagged as a homonym for review;
 *  - otherwise (no shared organisation but close in time, or undated) the name is taken as the same
 *    person: in one industry's news of a few years a full name is rarely shared, and the merge stays
 *    visible (the timeline lists every source), so a reviewer can see it.
 * Among several candidates: one sharing an organisation first, then the nearest in time, then the oldest.
 */
export function choosePerson(group: NameGroup, candidates: PersonCandidate[]): PersonChoice {
  if (candidates.length === 0) return { personId: null, homonymOf: null };
  const sharing = candidates.filter((c) => intersects(c.orgIds, group.orgIds));
  if (sharing.length > 0) return { personId: nearest(group, sharing).personId };
  const close = candidates.filter((c) => yearsApart(group, c) <= HOMONYM_YEARS_APART);
  if (close.length > 0) return { personId: nearest(group, close).personId };
  return { personId: null, homonymOf: nearest(group, candidates).personId };
}

function nearest(group: NameGroup, candidates: PersonCandidate[]): PersonCandidate {
  return [...candidates].sort((a, b) => yearsApart(group, a) - yearsApart(group, b) || a.personId - b.personId)[0]!;
}

/** Gap in years between two sets of dated facts; 0 when either is undated (no evidence of distance). */
function yearsApart(a: NameGroup, b: NameGroup): number {
  if (a.years.length === 0 || b.years.length === 0) return 0;
  const aMin = Math.min(...a.years), aMax = Math.max(...a.years);
  const bMin = Math.min(...b.years), bMax = Math.max(...b.years);
  return Math.max(0, bMin - aMax, aMin - bMax);
}

function intersects<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
