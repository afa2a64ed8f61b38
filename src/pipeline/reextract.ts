import type { TalentStore } from '../store/schema.js';
import type { Document } from '../ingest/document.js';
import type { Fact } from '../extract/fact.js';
import { extractFacts, EXTRACTOR_VERSION } from '../extract/extract-facts.js';
import { parsePartialDate } from '../time/partial-date.js';
import { loadOrgKb } from '../kb/org-kb.js';
import { OrgResolver } from '../store/resolve-orgs.js';
import { storeFacts } from '../store/store-facts.js';
import { applyFactDecisions, applyPersonAndOrgDecisions } from '../store/apply-review-decisions.js';
import { rebuildDerivedFor } from '../store/rebuild-derived.js';

export interface ReextractSummary {
  documents: number;
  facts: number;
  extractor: string;
}

/**
 * Rebuilds every document's facts with the current extractor, then re-applies the review decisions
 * (fact decisions by fact key; merges and aliases after). One transaction per document, like ingest.
 * Person ids are kept for facts whose key survives, so decisions naming people still apply.
 */
export async function reextractAll(
  store: TalentStore,
  onProgress?: (done: number, total: number) => void,
  extract: (doc: Document) => Fact[] = extractFacts,
): Promise<ReextractSummary> {
  const kb = loadOrgKb();
  const docs = await store.db.selectFrom('documents').select('id').orderBy('id').execute();
  let facts = 0;
  for (const [i, { id }] of docs.entries()) {
    facts += await store.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const old = await trx.selectFrom('facts').select(['fact_key', 'person_id']).where('doc_id', '=', id).execute();
      const previousPeople = new Map(old.filter((f) => f.person_id != null).map((f) => [f.fact_key, f.person_id!]));
      const touched = new Set(previousPeople.values());
      await trx.deleteFrom('claim_sources').where('fact_id', 'in', trx.selectFrom('facts').select('id').where('doc_id', '=', id)).execute();
      await trx.deleteFrom('facts').where('doc_id', '=', id).execute();
      const published = row.published ? parsePartialDate(row.published) : null;
      const doc: Document = {
        id: row.doc_key,
        source: row.source,
        ...(row.title != null ? { title: row.title } : {}),
        ...(row.url != null ? { url: row.url } : {}),
        ...(published ? { published: { date: published, source: 'option' as const, inferred: row.published_inferred === 1 } } : {}),
        text: row.text,
        encoding: 'utf-8',
        format: (row.format ?? 'text') as Document['format'],
        contentHash: row.content_hash,
        messages: [],
      };
      const extracted = extract(doc);
      const orgs = new OrgResolver(trx, kb);
      const stored = await storeFacts(trx, orgs, { id, contentHash: row.content_hash, independent: row.near_duplicate_of == null }, extracted, previousPeople);
      for (const p of stored.personIds) touched.add(p);
      const keys = await trx.selectFrom('facts').select('fact_key').where('doc_id', '=', id).execute();
      for (const p of await applyFactDecisions(trx, orgs, keys.map((k) => k.fact_key))) touched.add(p);
      await trx.updateTable('documents').set({ extractor: extracted[0]?.extractor ?? EXTRACTOR_VERSION }).where('id', '=', id).execute();
      await rebuildDerivedFor(trx, touched);
      return stored.factIds.length;
    });
    onProgress?.(i + 1, docs.length);
  }
  await store.db.transaction().execute(async (trx) => {
    const touched = await applyPersonAndOrgDecisions(trx, new OrgResolver(trx, kb));
    await rebuildDerivedFor(trx, touched);
    // People left with no fact (their mentions vanished with the old extraction) go, unless a merge points at them.
    await trx
      .deleteFrom('people')
      .where('merged_into', 'is', null)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('facts').select('facts.id').whereRef('facts.person_id', '=', 'people.id'))))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('people as p2').select('p2.id').whereRef('p2.merged_into', '=', 'people.id'))))
      .execute();
    await trx.deleteFrom('person_aliases').where((eb) => eb.not(eb.exists(eb.selectFrom('people').select('people.id').whereRef('people.id', '=', 'person_aliases.person_id')))).execute();
  });
  return { documents: docs.length, facts, extractor: EXTRACTOR_VERSION };
}
