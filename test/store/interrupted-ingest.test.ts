import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, createTestStore, type TestStore } from './test-setup.js';
import { ingestDocuments } from '../../src/pipeline/ingest-documents.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));

describe.skipIf(!existsSync(seeds)).each(DIALECTS)('ingest killed mid-run (%s)', (dialect) => {
  let t: TestStore;
  let dir: string;
  beforeEach(async () => {
    t = await createTestStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'talentflow-kill-'));
    for (const f of readdirSync(seeds)) writeFileSync(join(dir, f), readFileSync(join(seeds, f), 'utf8'));
  });
  afterEach(async () => {
    await t.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves every document whole or absent, and a second run completes the rest', async () => {
    // Kill the ingesting process (SIGKILL: no cleanup) once it has stored two documents.
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/ingest-child.ts', t.url, dir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
      let stored = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        stored += chunk.toString().split('\n').filter((l) => l === 'new' || l === 'near_duplicate').length;
        if (stored >= 2) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });

    const db = t.store.db;
    const count = async (q: string) => Number(((await sql.raw(q).execute(db)).rows[0] as { n: unknown }).n);
    const documents = await count('SELECT count(*) AS n FROM documents');
    expect(documents).toBeGreaterThanOrEqual(2);
    // Consistent: no fact without its document, every fact in a claim, every claim with a source.
    expect(await count('SELECT count(*) AS n FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)')).toBe(0);
    expect(await count("SELECT count(*) AS n FROM facts WHERE review_state != 'rejected' AND id NOT IN (SELECT fact_id FROM claim_sources)")).toBe(0);
    expect(await count('SELECT count(*) AS n FROM claims WHERE id NOT IN (SELECT claim_id FROM claim_sources)')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM documents WHERE id NOT IN (SELECT doc_id FROM facts)')).toBe(0);

    const rest = await ingestDocuments(t.store, [dir]);
    expect(rest.documents.duplicate).toBe(documents);
    expect(rest.documents.new + rest.documents.nearDuplicate).toBe(5 - documents);
    expect(rest.totals.documents).toBe(5);
  });
});
