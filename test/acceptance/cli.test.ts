import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** The commands as a user runs them, on the sample corpus, in a temporary SQLite store. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'talentflow-cli-'));
const db = join(dir, 'cli.db');

function talentflow(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TALENTFLOW_DB: db } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(corpus))('talentflow CLI on the sample corpus', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests, then answers org, person, flows, search and export from the same store', () => {
    const ingest = talentflow('ingest', corpus);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain('documents: 5 new, 0 duplicate, 0 near-duplicate, 0 failed');

    const alumni = JSON.parse(talentflow('org', '字节跳动', '--alumni', '--json').stdout);
    expect(alumni.org.name).toBe('字节跳动');
    expect(alumni.items.length).toBeGreaterThan(3);

    const flows = JSON.parse(talentflow('flows', '--top', '50', '--json').stdout) as Array<{ from: { name: string }; to: { name: string } }>;
    expect(flows.map((f) => `${f.from.name}→${f.to.name}`)).toContain('阿里巴巴→字节跳动');

    const found = JSON.parse(talentflow('search', '竞业', '--json').stdout);
    expect(found.documents.length).toBeGreaterThan(0);

    const csv = talentflow('export', '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toBe('person_id,person,relation,org_id,org,org_kind,unit,role,date,status,sources,conflict');
  });

  it('reports user errors in one line with a non-zero exit code', () => {
    const unknown = talentflow('org', '没有这家公司');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('talentflow: no organisation "没有这家公司" in the store');
    const badDate = talentflow('flows', '--since', '2024-13');
    expect(badDate.code).toBe(2);
    const missing = talentflow('ingest', join(dir, 'missing.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('1 failed');
  });
});
