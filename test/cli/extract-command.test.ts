import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = resolve(root, '../shared');

/** Runs the real CLI (from source) and returns its exit code and outputs. */
function talentflow(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonl = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talentflow-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('talentflow extract', () => {
  it('prints facts as JSON lines with doc = the file name without its extension', () => {
    const file = join(dir, 'move-2025.txt');
    writeFileSync(file, '今年3月，百度智能云副总裁张明远加入了腾讯，负责混元大模型的商业化。\n');
    const r = talentflow(['extract', file, '--format', 'jsonl', '--published', '2025-06-01']);
    expect(r.code).toBe(0);
    const facts = jsonl(r.stdout);
    expect(facts).toContainEqual(expect.objectContaining({ doc: 'move-2025', person: '张明远', relation: 'joined', org: '腾讯', date: '2025-03' }));
    expect(facts).toContainEqual(expect.objectContaining({ person: '张明远', relation: 'left', org: '百度' }));
  });

  it('reads standard input and prints a readable table', () => {
    const r = talentflow(['extract', '-', '--format', 'table', '--published', '2024-11-20'], '据悉，京东探索研究院院长刘振宇已于近期离职。');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/刘振宇\s+left\s+京东/);
    expect(r.stdout).toMatch(/reported/);
  });

  it('decodes GBK and Big5 files', () => {
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode('2023年，前小米AI实验室主任吴志强创办了一家机器人公司，这家公司名叫星海智造。', 'gbk'));
    writeFileSync(join(dir, 'big5.txt'), iconv.encode('今年2月，騰訊混元大模型團隊負責人張偉傑宣佈離職，外界對此議論紛紛。', 'big5'));
    const r = talentflow(['extract', join(dir, 'gbk.txt'), join(dir, 'big5.txt'), '--format', 'jsonl', '--published', '2025-05-01']);
    expect(r.code).toBe(0);
    const facts = jsonl(r.stdout);
    expect(facts).toContainEqual(expect.objectContaining({ doc: 'gbk', person: '吴志强', relation: 'left', org: '小米' }));
    expect(facts).toContainEqual(expect.objectContaining({ doc: 'big5', person: '张伟杰', relation: 'left', org: '腾讯', date: '2025-02' }));
  });

  it('reports each bad input on stderr by name, goes on with the rest, and exits 1', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]));
    writeFileSync(join(bad, 'invalid.txt'), Buffer.from([0xe5, 0xad, 0x97, 0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x80, 0x81, 0xfe, 0xfd, 0xfc]));
    writeFileSync(join(bad, 'good.txt'), '2024年底，首席技术官赵一鸣离开了商汤科技。');
    const big = join(bad, 'huge.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = talentflow(['extract', bad, join(dir, 'missing.txt'), '--format', 'jsonl', '--published', '2025-02-01']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: .*empty/);
    expect(r.stderr).toMatch(/binary\.txt: .*binary/);
    expect(r.stderr).toMatch(/invalid\.txt: .*(UTF-8|encoding)/i);
    expect(r.stderr).toMatch(/huge\.txt: .*(MB|larger|size)/i);
    expect(r.stderr).toMatch(/missing\.txt: .*(no such|not found|does not exist)/i);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace for user errors
    expect(jsonl(r.stdout)).toContainEqual(expect.objectContaining({ doc: 'good', person: '赵一鸣', relation: 'left', org: '商汤科技' }));
  });

  it('says so when a folder has no articles', () => {
    const empty = join(dir, 'nothing');
    mkdirSync(empty);
    writeFileSync(join(empty, 'image.png'), 'x');
    const r = talentflow(['extract', empty]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing/);
  });

  it('rejects a malformed --published with a usage error', () => {
    const r = talentflow(['extract', '-', '--published', 'last week'], 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--published/);
  });

  it('has --help', () => {
    const r = talentflow(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--format/);
  });
});

describe('extraction over the sample corpus, scored by the shared scorer', () => {
  const seeds = join(shared, 'corpus/seeds');
  const gold = join(shared, 'eval/seeds.gold.jsonl');
  it.skipIf(!existsSync(gold))('reaches F1 ≥ 0.85 and date accuracy ≥ 0.80', () => {
    const r = talentflow(['extract', seeds, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const pred = join(dir, 'seeds.jsonl');
    writeFileSync(pred, r.stdout);
    const scored = spawnSync(process.execPath, [join(shared, 'tools/score-facts.mjs'), '--gold', gold, '--pred', pred, '--orgs', join(shared, 'eval/orgs.json'), '--json'], { encoding: 'utf8' });
    const score = JSON.parse(scored.stdout) as { all: { F1: number }; date_accuracy: number };
    expect(score.all.F1).toBeGreaterThanOrEqual(0.85);
    expect(score.date_accuracy).toBeGreaterThanOrEqual(0.8);
    for (const f of jsonl(r.stdout)) expect(readEvidenceIsVerbatim(f)).toBe(true);
  });
});

/** Evidence must be a substring of the article as written (Traditional stays Traditional). */
function readEvidenceIsVerbatim(f: Record<string, unknown>): boolean {
  return typeof f.evidence === 'string' && f.evidence.length > 0 && typeof f.evidence_start === 'number' && typeof f.evidence_end === 'number' && f.evidence_end > f.evidence_start;
}
