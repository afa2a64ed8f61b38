import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import type { TalentStore } from '../../src/store/schema.js';
import type { Document } from '../../src/ingest/document.js';
import type { Fact, Relation } from '../../src/extract/fact.js';
import { parsePartialDate } from '../../src/time/partial-date.js';

/**
 * The one store suite runs on every dialect in this list (after kysely's test setup).
 * TALENTFLOW_TEST_DIALECTS=sqlite limits it; PostgreSQL comes from TALENTFLOW_TEST_PG.
 */
export const DIALECTS = (process.env.TALENTFLOW_TEST_DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim()).filter(Boolean) as Array<'sqlite' | 'postgres'>;

export const TEST_PG = process.env.TALENTFLOW_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestStore {
  store: TalentStore;
  /** What openStore was given (file path or URL), to open it again. */
  url: string;
  destroy(): Promise<void>;
}

/** A fresh, empty store: a temporary SQLite file, or a new PostgreSQL database with a random name. */
export async function createTestStore(dialect: 'sqlite' | 'postgres'): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'talentflow-store-'));
    const url = join(dir, 'test.db');
    const store = await openStore(url);
    return { store, url, destroy: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const name = `talentflow_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const parsed = new URL(TEST_PG);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const store = await openStore(url);
  return {
    store,
    url,
    destroy: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: TEST_PG });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A Document as the reader would give it. */
export function makeDocument(id: string, text: string, published?: string, title?: string): Document {
  const date = published ? parsePartialDate(published) : null;
  return {
    id,
    source: `${id}.txt`,
    ...(title ? { title } : {}),
    ...(date ? { published: { date, source: 'option' as const, inferred: false } } : {}),
    text,
    encoding: 'utf-8',
    format: 'text',
    contentHash: createHash('sha256').update(text).digest('hex'),
    messages: [],
  };
}

/** A fact as the extractor gives it, its evidence found in the document text. */
export function makeFact(
  doc: Document,
  person: string,
  relation: Relation,
  org: string | null,
  evidence: string,
  extra: Partial<Fact> = {},
): Fact {
  const start = doc.text.indexOf(evidence);
  if (start < 0) throw new Error(`test evidence not in document ${doc.id}: ${evidence}`);
  return {
    person,
    relation,
    org,
    unit: null,
    role: null,
    date: null,
    status: 'confirmed',
    evidence,
    doc: doc.id,
    evidence_start: start,
    evidence_end: start + evidence.length,
    extractor: 'test@1',
    ...extra,
  };
}

/** An extractor answering from a table: document id → facts. */
export function extractorFrom(table: Map<string, Fact[]>): (doc: Document) => Fact[] {
  return (doc) => table.get(doc.id) ?? [];
}
