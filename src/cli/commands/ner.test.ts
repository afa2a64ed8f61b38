import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeModelFile } from '../../ner/model-file.js';
import { trainPerceptron } from '../../ner/perceptron-trainer.js';
import { SAMPLE_RESOURCE_OPTIONS, TRAINING_SAMPLE } from '../../ner/training-sample.test-data.js';
import { buildResources } from '../../ner/training-resources.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tf-ner-cli-'));
const modelFile = join(dir, 'tiny.bin');
const resources = { ...buildResources(TRAINING_SAMPLE, SAMPLE_RESOURCE_OPTIONS), domains: [], defaultDomain: '' };
writeModelFile(modelFile, trainPerceptron(TRAINING_SAMPLE, resources, { epochs: 8, seed: 1, minCount: 1 }).parts, {}, '2026-01-01T00:00:00Z');

function talentflow(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('talentflow ner', () => {
  it('marks the spans of each stdin line in context', () => {
    const r = talentflow(['ner', '--model', modelFile], '张伟加入星河科技公司，担任总裁。\n\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('【张伟|PERSON】加入【星河科技公司|ORG】，担任【总裁|TITLE】。\n\n');
  });

  it('prints one JSON array per line of a file with --json', () => {
    const file = join(dir, 'input.txt');
    writeFileSync(file, '王芳出任远山科技公司首席执行官。\n\n');
    const r = talentflow(['ner', file, '--json', '--model', modelFile]);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      [
        { type: 'PERSON', start: 0, end: 2, text: '王芳' },
        { type: 'ORG', start: 4, end: 10, text: '远山科技公司' },
        { type: 'TITLE', start: 10, end: 15, text: '首席执行官' },
      ],
      [],
    ]);
  });

  it('names a missing input file or model file without a stack trace', () => {
    const missing = talentflow(['ner', join(dir, 'nope.txt'), '--model', modelFile]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`talentflow: ${join(dir, 'nope.txt')}: file not found\n`);
    const noModel = talentflow(['ner', '--model', join(dir, 'absent.bin')], 'x\n');
    expect(noModel.status).toBe(1);
    expect(noModel.stderr).toMatch(/absent\.bin: NER model file not found/);
  });

  it('documents itself in --help', () => {
    const r = talentflow(['ner', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--json');
    expect(r.stdout).toContain('--model <path>');
  });
});
