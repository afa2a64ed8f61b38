import type { DocumentState } from './document-state.js';
import type { RawFact } from './sentence-facts.js';

/**
 * One fact per (person, relation, organisation) per document. The first statement keeps its
 * evidence; the date is the most trustworthy one any statement gives (a statement of the move itself beats
 * one implied by another move; an absolute date beats a relative one, which beats none); unit, role and cause are filled from later statements. Founder
 * titles are dated by the organisation's founding date when the document states it, and an
 * unnamed startup is dropped when the same person founded a named one in the same document.
 */
export function mergeFacts(raw: RawFact[], state: DocumentState): RawFact[] {
  const foundedNamed = new Set(raw.filter((f) => f.relation === 'founded' && f.org && !f.fromTitle).map((f) => f.person));
  // Staying on as an advisor (请辞…将继续担任顾问) makes a resignation told elsewhere a stepping down.
  const advising = new Set(raw.filter((f) => f.rule.endsWith(':to-advisor')).map((f) => `${f.person}|${f.org ?? ''}`));
  const byKey = new Map<string, RawFact>();
  for (const f of raw) {
    if (f.relation === 'left' && advising.has(`${f.person}|${f.org ?? ''}`)) continue;
    if (f.relation === 'founded' && f.org === null && foundedNamed.has(f.person)) continue;
    if (f.fromTitle && f.org) {
      const founding = state.foundingDates.get(f.org);
      if (founding) f.date = founding.date, f.dateAbsolute = founding.absolute;
    }
    const key = `${f.person}|${f.relation}|${f.org ?? ''}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...f });
      continue;
    }
    if (rank(f) > rank(seen)) {
      seen.date = f.date;
      seen.dateAbsolute = f.dateAbsolute;
    }
    seen.unit ??= f.unit;
    seen.role ??= f.role;
    seen.cause ??= f.cause;
    seen.confidence = Math.max(seen.confidence, f.confidence);
    if (f.status === 'confirmed' && f.rule.includes(':') && seen.status === 'reported' && f.confidence > seen.confidence) seen.status = 'confirmed';
  }
  return [...byKey.values()];
}

/** Rules whose fact is implied by another move (left A, dated by the joining of B). */
const IMPLIED = new Set(['former-A-moves-to-B', 'introduced-at-A-moves-to-B', 'founder-moves-to-B']);

function rank(f: RawFact): number {
  if (!f.date) return 0;
  // A statement of the move itself dates it better than the move it was implied by.
  return (f.dateAbsolute ? 2 : 1) + (IMPLIED.has(f.rule) ? 0 : 2);
}
