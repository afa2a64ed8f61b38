import type { Relation } from '../extract/fact.js';
import type { Conflict, FactStatus } from '../analyze/types.js';
import { dateSortKey, datesAgree } from './partial-date-order.js';

/** What claim building needs of a stored fact. */
export interface ClaimFact {
  id: number;
  docId: number;
  /** The document itself, or the original a near-duplicate reprint was linked to. */
  storyId: number;
  personId: number;
  relation: Relation;
  orgId: number | null;
  unit: string | null;
  role: string | null;
  date: string | null;
  status: FactStatus;
  sector: string | null;
  evidence: string;
}

export interface ClaimDraft {
  personId: number;
  relation: Relation;
  orgId: number | null;
  date: string | null;
  dateSort: string | null;
  role: string | null;
  unit: string | null;
  status: FactStatus;
  sector: string | null;
  /** Distinct stories (a reprint and its original count once). */
  sourceCount: number;
  conflicts: Conflict[];
  facts: ClaimFact[];
}

/**
 * Groups one person's facts into claims: the same (person, relation, organisation) from any number
 * of documents is one claim keeping all its sources. Differing dates or roles are kept as conflicts,
 * never silently chosen; dates at different precision that agree (2024 / 2024-10) do not conflict,
 * nor do roles where one contains the other (负责人 / 大模型团队负责人).
 * Founding an unnamed company is grouped per person too (one "founded a company" claim).
 */
export function buildClaims(facts: ClaimFact[]): ClaimDraft[] {
  const groups = new Map<string, ClaimFact[]>();
  for (const f of facts) {
    const key = `${f.personId}\u0000${f.relation}\u0000${f.orgId ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const claims: ClaimDraft[] = [];
  for (const group of groups.values()) claims.push(claimOf(group));
  return claims;
}

function claimOf(facts: ClaimFact[]): ClaimDraft {
  const first = facts[0]!;
  const conflicts: Conflict[] = [];
  const date = representativeDate(facts, conflicts);
  const role = representativeRole(facts, conflicts);
  return {
    personId: first.personId,
    relation: first.relation,
    orgId: first.orgId,
    date,
    dateSort: dateSortKey(date),
    role,
    unit: mostCommon(facts.map((f) => f.unit)),
    status: facts.some((f) => f.status === 'confirmed') ? 'confirmed' : 'reported',
    sector: mostCommon(facts.map((f) => f.sector)),
    sourceCount: new Set(facts.map((f) => f.storyId)).size,
    conflicts,
    facts,
  };
}

/** The most precise date agreeing with all others; when they disagree, the earliest, and a conflict. */
function representativeDate(facts: ClaimFact[], conflicts: Conflict[]): string | null {
  const values = distinctValues(facts, (f) => f.date);
  if (values.length === 0) return null;
  const dates = values.map((v) => v.value);
  const allAgree = dates.every((a) => dates.every((b) => datesAgree(a, b)));
  if (allAgree) return dates.reduce((a, b) => (b.length > a.length ? b : a));
  conflicts.push({ field: 'date', values: values.sort((a, b) => a.value.localeCompare(b.value)) });
  return dates.sort((a, b) => (dateSortKey(a)! < dateSortKey(b)! ? -1 : 1))[0]!;
}

/** The longest role containing the others; when they differ otherwise, the most stated one, and a conflict. */
function representativeRole(facts: ClaimFact[], conflicts: Conflict[]): string | null {
  const values = distinctValues(facts, (f) => f.role);
  if (values.length === 0) return null;
  const roles = values.map((v) => v.value);
  const longest = roles.reduce((a, b) => (b.length > a.length ? b : a));
  if (roles.every((r) => longest.includes(r))) return longest;
  conflicts.push({ field: 'role', values });
  return [...values].sort((a, b) => b.factIds.length - a.factIds.length)[0]!.value;
}

function distinctValues(facts: ClaimFact[], pick: (f: ClaimFact) => string | null): Array<{ value: string; factIds: number[] }> {
  const byValue = new Map<string, number[]>();
  for (const f of facts) {
    const v = pick(f)?.trim();
    if (!v) continue;
    const ids = byValue.get(v);
    if (ids) ids.push(f.id);
    else byValue.set(v, [f.id]);
  }
  return [...byValue].map(([value, factIds]) => ({ value, factIds }));
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}
