import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../errors.js';
import { decodeModel, encodeModel, MODEL_FORMAT_VERSION, readModelFile, writeModelFile } from './model-file.js';
import { trainPerceptron } from './perceptron-trainer.js';
import { pruneModel } from './prune-model.js';
import { loadTagger } from './tagger.js';
import { SAMPLE_RESOURCE_OPTIONS, TRAINING_SAMPLE } from './training-sample.test-data.js';
import { buildResources } from './training-resources.js';

const resources = { ...buildResources(TRAINING_SAMPLE, SAMPLE_RESOURCE_OPTIONS), domains: ['news'], domainTypes: [['PERSON', 'ORG', 'TITLE']] as Array<Array<'PERSON' | 'ORG' | 'TITLE'>>, defaultDomain: 'news' };
const model = trainPerceptron(TRAINING_SAMPLE.map((ex) => ({ ...ex, domains: [1] })), resources, { epochs: 4, seed: 1, minCount: 1 });
const dir = mkdtempSync(join(tmpdir(), 'tf-ner-'));

describe('model file', () => {
  it('round-trips keys, weights (within Int16 quantisation), dictionaries and domains', () => {
    const parts = pruneModel(model.parts);
    const { bytes } = encodeModel(parts, { note: 'test' }, '2026-01-01T00:00:00Z');
    const back = decodeModel(bytes, 'memory').parts;
    expect(Array.from(back.keys)).toEqual(Array.from(parts.keys));
    const maxAbs = Math.max(...Array.from(parts.weights, Math.abs));
    back.weights.forEach((w, i) => expect(Math.abs(w - parts.weights[i]!)).toBeLessThanOrEqual(maxAbs / 32767));
    expect(back.gazetteers).toEqual(parts.gazetteers);
    expect(back.domains).toEqual(['news']);
    expect(Array.from(back.transitions)).toEqual(Array.from(parts.transitions));
  });

  it('tags the same after saving and loading', () => {
    const file = join(dir, 'round-trip.bin');
    writeModelFile(file, pruneModel(model.parts), {}, '2026-01-01T00:00:00Z');
    const tagger = loadTagger(file);
    const text = '张伟加入星河科技公司，担任总裁。';
    expect(tagger.tag(text)).toEqual(model.decode(text).map((s) => ({ ...s, text: text.slice(s.start, s.end) })));
    expect(tagger.tag(text).map((s) => s.text)).toEqual(['张伟', '星河科技公司', '总裁']);
    expect(tagger.version).toMatch(/^ner-v2-2026-01-01-[0-9a-f]{8}$/);
    expect(loadTagger(file).version).toBe(tagger.version);
  });

  it('refuses a model of another format version with a clear message', () => {
    const file = join(dir, 'other-version.bin');
    const { bytes } = encodeModel(model.parts, {}, '2026-01-01T00:00:00Z');
    bytes.writeUInt32LE(MODEL_FORMAT_VERSION + 1, 8);
    writeFileSync(file, bytes);
    expect(() => readModelFile(file)).toThrow(ModelError);
    expect(() => readModelFile(file)).toThrow(`NER model format version ${MODEL_FORMAT_VERSION + 1}, but this Talentflow reads version ${MODEL_FORMAT_VERSION}`);
  });

  it('refuses a domain the model does not have, naming those it has', () => {
    const file = join(dir, 'domains.bin');
    writeModelFile(file, model.parts, {}, '2026-01-01T00:00:00Z');
    expect(() => loadTagger(file, { domain: 'nwes' })).toThrow("the NER model has no domain 'nwes' (it has: news)");
    expect(loadTagger(file, { domain: 'news' }).tag('张伟加入星河科技公司。').length).toBeGreaterThan(0);
  });

  it('refuses a model trained over another word list', () => {
    const file = join(dir, 'other-lexicon.bin');
    writeModelFile(file, { ...model.parts, lexicon: 'jieba-dict:0000000000000000' }, {}, '2026-01-01T00:00:00Z');
    expect(() => loadTagger(file)).toThrow(ModelError);
    expect(() => loadTagger(file)).toThrow(/trained over another word list \(jieba-dict:0000000000000000, installed: jieba-dict:[0-9a-f]{16}\)/);
  });

  it('keeps the ORG kind classifier and labels ORG spans with a kind', () => {
    const orgKinds = { kinds: ['company', 'government'], features: [['e1:司', [1, -1]], ['e1:局', [-1, 1]]] as Array<[string, number[]]> };
    const file = join(dir, 'kinds.bin');
    writeModelFile(file, { ...model.parts, orgKinds }, {}, '2026-01-01T00:00:00Z');
    expect(readModelFile(file).parts.orgKinds).toEqual(orgKinds);
    const spans = loadTagger(file).tag('张伟加入星河科技公司。');
    expect(spans.find((s) => s.type === 'ORG')).toMatchObject({ text: '星河科技公司', kind: 'company' });
    expect(spans.find((s) => s.type === 'PERSON')).not.toHaveProperty('kind');
  });

  it('refuses missing, foreign, truncated and corrupted files', () => {
    expect(() => loadTagger(join(dir, 'absent.bin'))).toThrow(/NER model file not found/);
    const foreign = join(dir, 'foreign.bin');
    writeFileSync(foreign, 'hello world, not a model');
    expect(() => readModelFile(foreign)).toThrow(/not a Talentflow NER model file/);
    const good = join(dir, 'good.bin');
    writeModelFile(good, model.parts, {}, '2026-01-01T00:00:00Z');
    const bytes = readFileSync(good);
    const truncated = join(dir, 'truncated.bin');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 10));
    expect(() => readModelFile(truncated)).toThrow(/truncated or corrupt/);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 1]! ^= 0xff;
    const corrupt = join(dir, 'corrupt.bin');
    writeFileSync(corrupt, flipped);
    expect(() => readModelFile(corrupt)).toThrow(/checksum mismatch/);
  });
});
