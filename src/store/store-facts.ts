import type { Kysely } from 'kysely';
import type { TalentDatabase } from './schema.js';
import type { Fact } from '../extract/fact.js';
import type { OrgResolver } from './resolve-orgs.js';
import { factKey } from './fact-key.js';
import { resolvePerson } from './resolve-people.js';
import { normalizeName } from '../resolve/normalize-name.js';

type Db = Kysely<TalentDatabase>;

export interface StoredDocumentRef {
  id: number;
  contentHash: string;
  /** False for a near-duplicate reprint. */
  independent: boolean;
}

/**
 * Stores one document's facts: organisations and people resolved (one person per name within a
 * document), each fact keyed for review decisions. `previousPeople` (fact_key → person id) keeps
 * person ids stable when a document is re-extracted. Returns the new fact ids and the people touched.
 */
export async function storeFacts(
  db: Db,
  orgs: OrgResolver,
  doc: StoredDocumentRef,
  facts: Fact[],
  previousPeople: Map<string, number> = new Map(),
): Promise<{ factIds: number[]; personIds: Set<number> }> {
  // One at a time: two facts naming a new organisation must not both create it.
  const orgIds: Array<number | null> = [];
  for (const f of facts) orgIds.push(f.org ? await orgs.idOf(f.org) : null);
  const keys = facts.map((f) => factKey(doc.contentHash, f));

  // One person per written name within the document.
  const byName = new Map<string, number[]>();
  facts.forEach((f, i) => {
    const norm = normalizeName(f.person);
    const list = byName.get(norm);
    if (list) list.push(i);
    else byName.set(norm, [i]);
  });
  const personOf: number[] = [];
  const personIds = new Set<number>();
  for (const indexes of byName.values()) {
    const previous = indexes.map((i) => previousPeople.get(keys[i]!)).find((id) => id != null);
    let personId: number;
    if (previous != null) {
      personId = previous;
    } else {
      const roots = new Set<number>();
      for (const i of indexes) if (orgIds[i] != null) roots.add(await orgs.rootOf(orgIds[i]!));
      const years = indexes.map((i) => facts[i]!.date).filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
      personId = await resolvePerson(db, orgs, facts[indexes[0]!]!.person, { orgIds: roots, years });
    }
    for (const i of indexes) personOf[i] = personId;
    personIds.add(personId);
  }

  const factIds: number[] = [];
  for (let start = 0; start < facts.length; start += 200) {
    const rows = facts.slice(start, start + 200).map((f, j) => {
      const i = start + j;
      return {
        doc_id: doc.id,
        fact_key: keys[i]!,
        person: f.person,
        person_id: personOf[i]!,
        relation: f.relation,
        org: f.org,
        org_id: orgIds[i] ?? null,
        unit: f.unit,
        role: f.role,
        date: f.date,
        status: f.status,
        evidence: f.evidence,
        evidence_start: f.evidence_start ?? null,
        evidence_end: f.evidence_end ?? null,
        sector: f.sector ?? null,
        cause: f.cause ?? null,
        confidence: f.confidence ?? null,
        extractor: f.extractor ?? null,
        review_state: 'pending',
        independent: doc.independent ? 1 : 0,
      };
    });
    if (rows.length === 0) continue;
    const inserted = await db.insertInto('facts').values(rows).returning('id').execute();
    factIds.push(...inserted.map((r) => r.id));
  }
  return { factIds, personIds };
}
