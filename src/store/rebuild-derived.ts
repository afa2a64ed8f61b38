import type { Kysely } from 'kysely';
import type { TalentDatabase } from './schema.js';
import type { Relation } from '../extract/fact.js';
import type { FactStatus } from '../analyze/types.js';
import { buildClaims, type ClaimDraft, type ClaimFact } from '../resolve/build-claims.js';
import { pairMoves, type MoveDraft } from '../resolve/pair-moves.js';
import { findBoomerangs } from '../resolve/find-boomerangs.js';

/** A return to an organisation left before, by index into the claims it comes from. */
export interface BoomerangDraft {
  leftRef: number;
  joinedRef: number;
}

type Db = Kysely<TalentDatabase>;

/** Claims and moves of these people, recomputed from their (non-rejected) facts. */
export async function rebuildDerivedFor(db: Db, personIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(personIds)];
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    await db.deleteFrom('moves').where('person_id', 'in', chunk).execute();
    await db.deleteFrom('boomerangs').where('person_id', 'in', chunk).execute();
    await db.deleteFrom('claim_sources').where('claim_id', 'in', db.selectFrom('claims').select('id').where('person_id', 'in', chunk)).execute();
    await db.deleteFrom('claims').where('person_id', 'in', chunk).execute();
    const facts = await loadClaimFacts(db, chunk);
    const { claims, moves, boomerangs } = deriveClaimsAndMoves(facts);
    await writeDerived(db, claims, moves, boomerangs);
  }
}

/** Everything derived, recomputed for every person (after bulk loads and re-extraction). */
export async function rebuildAllDerived(db: Db): Promise<void> {
  await db.deleteFrom('moves').execute();
  await db.deleteFrom('boomerangs').execute();
  await db.deleteFrom('claim_sources').execute();
  await db.deleteFrom('claims').execute();
  const people = await db.selectFrom('facts').select('person_id').distinct().where('person_id', 'is not', null).orderBy('person_id').execute();
  const ids = people.map((p) => p.person_id!);
  for (let start = 0; start < ids.length; start += 2000) {
    const facts = await loadClaimFacts(db, ids.slice(start, start + 2000));
    const { claims, moves, boomerangs } = deriveClaimsAndMoves(facts);
    await writeDerived(db, claims, moves, boomerangs);
  }
}

/** Pure part: claims of each person, the moves paired from them, and their returns. */
export function deriveClaimsAndMoves(facts: ClaimFact[]): { claims: ClaimDraft[]; moves: MoveDraft[]; boomerangs: BoomerangDraft[] } {
  const claims = buildClaims(facts);
  const byPerson = new Map<number, number[]>();
  claims.forEach((c, i) => {
    const list = byPerson.get(c.personId);
    if (list) list.push(i);
    else byPerson.set(c.personId, [i]);
  });
  const moves: MoveDraft[] = [];
  const boomerangs: BoomerangDraft[] = [];
  for (const indexes of byPerson.values()) {
    boomerangs.push(...findBoomerangs(indexes.map((i) => ({ ref: i, relation: claims[i]!.relation, orgId: claims[i]!.orgId, date: claims[i]!.date }))));
    moves.push(
      ...pairMoves(
        indexes.map((i) => {
          const c = claims[i]!;
          return {
            ref: i,
            relation: c.relation,
            orgId: c.orgId,
            date: c.date,
            status: c.status,
            docIds: new Set(c.facts.map((f) => f.docId)),
            sentences: new Set(c.facts.map((f) => `${f.docId}:${f.evidence}`)),
          };
        }),
      ),
    );
  }
  return { claims, moves, boomerangs };
}

async function loadClaimFacts(db: Db, personIds: number[]): Promise<ClaimFact[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('facts')
    .innerJoin('documents', 'documents.id', 'facts.doc_id')
    .select([
      'facts.id', 'facts.doc_id', 'documents.near_duplicate_of', 'facts.person_id', 'facts.relation', 'facts.org_id', 'facts.unit',
      'facts.role', 'facts.date', 'facts.status', 'facts.sector', 'facts.evidence',
    ])
    .where('facts.person_id', 'in', personIds)
    .where('facts.review_state', '!=', 'rejected')
    .orderBy('facts.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    docId: r.doc_id,
    storyId: r.near_duplicate_of ?? r.doc_id,
    personId: r.person_id!,
    relation: r.relation as Relation,
    orgId: r.org_id,
    unit: r.unit,
    role: r.role,
    date: r.date,
    status: r.status as FactStatus,
    sector: r.sector,
    evidence: r.evidence,
  }));
}

async function writeDerived(db: Db, claims: ClaimDraft[], moves: MoveDraft[], boomerangs: BoomerangDraft[]): Promise<void> {
  const claimIds: number[] = [];
  for (let start = 0; start < claims.length; start += 500) {
    const rows = claims.slice(start, start + 500).map((c) => ({
      person_id: c.personId,
      relation: c.relation,
      org_id: c.orgId,
      date: c.date,
      date_sort: c.dateSort,
      role: c.role,
      unit: c.unit,
      status: c.status,
      source_count: c.sourceCount,
      has_conflict: c.conflicts.length > 0 ? 1 : 0,
      conflicts: c.conflicts.length > 0 ? JSON.stringify(c.conflicts) : null,
      sector: c.sector,
    }));
    const inserted = await db.insertInto('claims').values(rows).returning('id').execute();
    claimIds.push(...inserted.map((r) => r.id));
  }
  const sources = claims.flatMap((c, i) => c.facts.map((f) => ({ claim_id: claimIds[i]!, fact_id: f.id })));
  for (let start = 0; start < sources.length; start += 2000) {
    await db.insertInto('claim_sources').values(sources.slice(start, start + 2000)).execute();
  }
  const moveRows = moves.map((m) => ({
    person_id: claims[m.leftRef]!.personId,
    from_org_id: claims[m.leftRef]!.orgId,
    to_org_id: claims[m.toRef]!.orgId,
    to_relation: m.toRelation,
    date: m.date,
    date_sort: m.dateSort,
    left_claim_id: claimIds[m.leftRef]!,
    to_claim_id: claimIds[m.toRef]!,
  }));
  for (let start = 0; start < moveRows.length; start += 1000) {
    await db.insertInto('moves').values(moveRows.slice(start, start + 1000)).execute();
  }
  const boomerangRows = boomerangs.map((b) => ({
    person_id: claims[b.joinedRef]!.personId,
    org_id: claims[b.joinedRef]!.orgId!,
    left_claim_id: claimIds[b.leftRef]!,
    joined_claim_id: claimIds[b.joinedRef]!,
    left_date: claims[b.leftRef]!.date,
    joined_date: claims[b.joinedRef]!.date,
    joined_sort: claims[b.joinedRef]!.dateSort,
  }));
  for (let start = 0; start < boomerangRows.length; start += 1000) {
    await db.insertInto('boomerangs').values(boomerangRows.slice(start, start + 1000)).execute();
  }
}
