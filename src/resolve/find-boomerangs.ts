import { datesAgree, dateSortKey } from './partial-date-order.js';

export interface DatedClaim {
  ref: number;
  relation: string;
  orgId: number | null;
  date: string | null;
}

/**
 * One person's returns: a `joined` claim of an organisation dated after a `left` claim of the same
 * organisation ("2019年离开百度，2023年回到百度"). Dates that merely agree (2024 and 2024-05) are not
 * "after", and undated claims cannot show an order, so they make no boomerang.
 */
export function findBoomerangs(claims: DatedClaim[]): Array<{ leftRef: number; joinedRef: number }> {
  const found: Array<{ leftRef: number; joinedRef: number }> = [];
  for (const joined of claims) {
    if (joined.relation !== 'joined' || joined.orgId == null || !joined.date) continue;
    const before = claims
      .filter((l) => l.relation === 'left' && l.orgId === joined.orgId && l.date && dateSortKey(l.date)! < dateSortKey(joined.date)! && !datesAgree(l.date, joined.date!))
      .sort((a, b) => (dateSortKey(b.date)! < dateSortKey(a.date)! ? -1 : 1));
    if (before[0]) found.push({ leftRef: before[0].ref, joinedRef: joined.ref });
  }
  return found;
}
