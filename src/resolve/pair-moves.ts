import type { FactStatus } from '../analyze/types.js';
import { datesAgree, dateSortKey, monthsBetween } from './partial-date-order.js';

/** What move pairing needs of a claim. */
export interface PairableClaim {
  /** Index or id the caller uses to find the claim again. */
  ref: number;
  relation: string;
  orgId: number | null;
  date: string | null;
  status: FactStatus;
  /** Documents stating it, and `doc:evidence` keys of the sentences stating it. */
  docIds: Set<number>;
  sentences: Set<string>;
}

export interface MoveDraft {
  leftRef: number;
  toRef: number;
  toRelation: 'joined' | 'founded';
  date: string | null;
  dateSort: string | null;
  status: FactStatus;
}

/** A joined/founded up to this many months after the departure can be its continuation. */
export const MOVE_WINDOW_MONTHS = 12;
/** Announcements lag: a joined dated up to this many months before the left still pairs. */
const EARLY_JOIN_MONTHS = 1;

/**
 * Pairs one person's departures with what followed: a `left` A and a `joined`/`founded` B (B ≠ A)
 * become a move when, in order of preference,
 *   0. one sentence states both (零一万物算法副总裁黄文灏加入了字节跳动),
 *   1. both are dated and B follows A within MOVE_WINDOW_MONTHS (nearest first; agreeing dates such as
 *      2024 and 2024-09 count as 0 months apart),
 *   2. one is undated and one document states both.
 * Each departure and each arrival is used at most once (greedy over that order), so a past career
 * listed in the same article (前百度、滴滴…, undated) does not steal an arrival already paired.
 */
export function pairMoves(claims: PairableClaim[]): MoveDraft[] {
  const lefts = claims.filter((c) => c.relation === 'left' && c.orgId != null);
  const tos = claims.filter((c) => c.relation === 'joined' || c.relation === 'founded');
  const candidates: Array<{ l: PairableClaim; t: PairableClaim; tier: number; distance: number }> = [];
  for (const l of lefts) {
    for (const t of tos) {
      if (t.orgId != null && t.orgId === l.orgId) continue;
      const c = candidate(l, t);
      if (c) candidates.push({ l, t, ...c });
    }
  }
  candidates.sort((a, b) => a.tier - b.tier || a.distance - b.distance || a.l.ref - b.l.ref || a.t.ref - b.t.ref);
  const usedL = new Set<number>();
  const usedT = new Set<number>();
  const moves: MoveDraft[] = [];
  for (const { l, t } of candidates) {
    if (usedL.has(l.ref) || usedT.has(t.ref)) continue;
    usedL.add(l.ref);
    usedT.add(t.ref);
    const date = t.date ?? l.date;
    moves.push({
      leftRef: l.ref,
      toRef: t.ref,
      toRelation: t.relation as 'joined' | 'founded',
      date,
      dateSort: dateSortKey(date),
      status: l.status === 'confirmed' && t.status === 'confirmed' ? 'confirmed' : 'reported',
    });
  }
  return moves;
}

function candidate(l: PairableClaim, t: PairableClaim): { tier: number; distance: number } | null {
  if (intersects(l.sentences, t.sentences)) return { tier: 0, distance: 0 };
  if (l.date && t.date) {
    const distance = datesAgree(l.date, t.date) ? 0 : monthsBetween(l.date, t.date);
    if (distance >= -EARLY_JOIN_MONTHS && distance <= MOVE_WINDOW_MONTHS) return { tier: 1, distance: Math.abs(distance) };
    return null;
  }
  if (intersects(l.docIds, t.docIds)) return { tier: 2, distance: 0 };
  return null;
}

function intersects<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
