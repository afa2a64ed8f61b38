import { sql, type Kysely } from 'kysely';
import type { StoreDialect, TalentDatabase } from '../store/schema.js';
import type { Document } from '../ingest/document.js';
import type { Fact } from '../extract/fact.js';
import type { OrgKbLike } from '../store/org-kb-source.js';
import { formatPartialDate } from '../time/partial-date.js';
import { OrgResolver } from '../store/resolve-orgs.js';
import { storeFacts } from '../store/store-facts.js';
import { applyFactDecisions } from '../store/apply-review-decisions.js';
import { rebuildDerivedFor } from '../store/rebuild-derived.js';
import { fingerprintBands, isNearDuplicate } from './document-fingerprint.js';

type Db = Kysely<TalentDatabase>;

export interface StoreDocumentResult {
  outcome: 'new' | 'duplicate' | 'near_duplicate';
  documentId: number;
  nearDuplicateOf: number | null;
  factIds: number[];
}

/**
 * Stores one document and its facts inside the caller's transaction: a known content hash changes
 * nothing; a near-duplicate reprint is stored, linked to the original, and its facts count as
 * sources but not as independent ones. Review decisions on these facts are re-applied and the
 * claims and moves of the people concerned rebuilt.
 */
export async function storeDocument(
  db: Db,
  dialect: StoreDialect,
  kb: OrgKbLike | null,
  doc: Document,
  fingerprint: string | null,
  facts: Fact[],
): Promise<StoreDocumentResult> {
  const existing = await db.selectFrom('documents').select('id').where('content_hash', '=', doc.contentHash).executeTakeFirst();
  if (existing) return { outcome: 'duplicate', documentId: existing.id, nearDuplicateOf: null, factIds: [] };

  const nearDuplicateOf = fingerprint ? await findOriginal(db, fingerprint) : null;
  const bands = fingerprint ? fingerprintBands(fingerprint) : [null, null, null, null];
  const { id } = await db
    .insertInto('documents')
    .values({
      doc_key: doc.id,
      source: doc.source,
      url: doc.url ?? null,
      title: doc.title ?? null,
      published: doc.published ? formatPartialDate(doc.published.date) : null,
      published_inferred: doc.published?.inferred ? 1 : 0,
      content_hash: doc.contentHash,
      fingerprint,
      fp_band0: bands[0],
      fp_band1: bands[1],
      fp_band2: bands[2],
      fp_band3: bands[3],
      near_duplicate_of: nearDuplicateOf,
      text: doc.text,
      format: doc.format,
      ingested_at: new Date().toISOString(),
      extractor: facts[0]?.extractor ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (dialect === 'sqlite') {
    await sql`INSERT INTO documents_fts(rowid, title, text) VALUES (${id}, ${doc.title ?? ''}, ${doc.text})`.execute(db);
  }

  const orgs = new OrgResolver(db, kb);
  const { factIds, personIds } = await storeFacts(db, orgs, { id, contentHash: doc.contentHash, independent: nearDuplicateOf == null }, facts);
  const keys = await db.selectFrom('facts').select('fact_key').where('doc_id', '=', id).execute();
  for (const p of await applyFactDecisions(db, orgs, keys.map((k) => k.fact_key))) personIds.add(p);
  await rebuildDerivedFor(db, personIds);
  return { outcome: nearDuplicateOf == null ? 'new' : 'near_duplicate', documentId: id, nearDuplicateOf, factIds };
}

/** The original story of a reprint: the first stored document whose fingerprint is near this one. */
async function findOriginal(db: Db, fingerprint: string): Promise<number | null> {
  const [b0, b1, b2, b3] = fingerprintBands(fingerprint);
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'fingerprint', 'near_duplicate_of'])
    .where((eb) => eb.or([eb('fp_band0', '=', b0), eb('fp_band1', '=', b1), eb('fp_band2', '=', b2), eb('fp_band3', '=', b3)]))
    .orderBy('id')
    .execute();
  const hit = rows.find((r) => r.fingerprint && isNearDuplicate(r.fingerprint, fingerprint));
  return hit ? (hit.near_duplicate_of ?? hit.id) : null;
}
