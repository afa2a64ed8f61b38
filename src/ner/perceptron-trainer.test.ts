import { describe, expect, it } from 'vitest';
import { trainPerceptron } from './perceptron-trainer.js';
import { mulberry32 } from '../random.js';
import { SAMPLE_RESOURCE_OPTIONS, TRAINING_SAMPLE } from './training-sample.test-data.js';
import { buildFoldGazetteers, buildResources } from './training-resources.js';

const options = { epochs: 5, seed: 7, minCount: 1 };

describe('trainPerceptron', () => {
  const resources = buildResources(TRAINING_SAMPLE, SAMPLE_RESOURCE_OPTIONS);

  it('gives the same model for the same seed on the same sample', () => {
    const a = trainPerceptron(TRAINING_SAMPLE, resources, options).parts;
    const b = trainPerceptron(TRAINING_SAMPLE, resources, options).parts;
    expect(Array.from(a.keys)).toEqual(Array.from(b.keys));
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.transitions)).toEqual(Array.from(b.transitions));
  });

  it('learns its training sample', () => {
    const model = trainPerceptron(TRAINING_SAMPLE, resources, options);
    const text = '王芳出任远山科技公司首席执行官。';
    expect(model.decode(text).map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['PERSON', '王芳'], ['ORG', '远山科技公司'], ['TITLE', '首席执行官'],
    ]);
  });

  it('does not learn from a corpus without titles that a title is O', () => {
    // 总裁 is O in the last (title-less) sentence; partial supervision leaves it a TITLE.
    const model = trainPerceptron(TRAINING_SAMPLE, resources, options);
    const text = '周杰任银河大学总裁。';
    expect(model.decode(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`)).toContain('TITLE:总裁');
  });

  it('decodes a domain whose corpus has no titles without titles, and the others with them', () => {
    const withDomains = {
      ...resources,
      domains: ['full', 'no-titles'],
      domainTypes: [['PERSON', 'ORG', 'TITLE'], ['PERSON', 'ORG']] as Array<Array<'PERSON' | 'ORG' | 'TITLE'>>,
      defaultDomain: 'full',
    };
    const examples = TRAINING_SAMPLE.map((ex) => ({ ...ex, domains: [ex.annotates.length === 3 ? 1 : 2] }));
    const model = trainPerceptron(examples, withDomains, options);
    const text = '陈静是红杉数据公司总裁。';
    expect(model.decode(text, 'full').map((s) => s.type)).toEqual(['PERSON', 'ORG', 'TITLE']);
    expect(model.decode(text, 'no-titles').map((s) => s.type)).toEqual(['PERSON', 'ORG']);
  });

  it('decodes a domain with the copies of its group folded in', () => {
    const grouped = {
      ...resources,
      domains: ['group', 'full', 'no-titles'],
      domainParents: ['', 'group', 'group'],
      domainTypes: [['PERSON', 'ORG', 'TITLE'], ['PERSON', 'ORG', 'TITLE'], ['PERSON', 'ORG']] as Array<Array<'PERSON' | 'ORG' | 'TITLE'>>,
      defaultDomain: 'group',
    };
    const examples = TRAINING_SAMPLE.map((ex) => ({ ...ex, domains: [1, ex.annotates.length === 3 ? 2 : 3] }));
    const model = trainPerceptron(examples, grouped, options);
    expect(model.domainPath(model.domainId('no-titles'))).toEqual([1, 3]);
    expect(model.domainPath(model.domainId('group'))).toEqual([1]);
    expect(model.domainPath(0)).toEqual([]);
    const text = '王芳出任远山科技公司首席执行官。';
    expect(model.decode(text, 'group').map((s) => s.type)).toEqual(['PERSON', 'ORG', 'TITLE']);
    expect(model.decode(text, 'no-titles').map((s) => s.type)).not.toContain('TITLE');
  });

  it('derives surname levels and dictionaries from the training spans', () => {
    expect(resources.surnameLevels.map(([ch]) => ch)).toEqual([]); // fewer than 3 names per surname here
    const richer = buildResources([...TRAINING_SAMPLE, ...TRAINING_SAMPLE, ...TRAINING_SAMPLE]);
    expect(richer.surnameLevels).toContainEqual(['张', 3]);
    const endings = resources.gazetteers.find((g) => g.name === 'org-ending')!.words;
    expect(endings).toContain('公司');
    expect(resources.gazetteers.find((g) => g.name === 'title')!.words).toContain('首席执行官');
  });

  it('builds the jackknifed word lists of a part from the other parts only', () => {
    const examples = TRAINING_SAMPLE.map((ex, i) => ({ ...ex, fold: i % 2 }));
    const [even, odd] = buildFoldGazetteers(examples, 2, SAMPLE_RESOURCE_OPTIONS);
    const names = (lists: typeof even) => lists!.find((g) => g.name === 'person-name')!.words;
    expect(names(even)).not.toContain('张伟'); // sentence 0 is in part 0
    expect(names(odd)).toContain('张伟');
    expect(names(even)).toContain('李明');
    expect(even!.map((g) => g.name)).toEqual(resources.gazetteers.map((g) => g.name));
  });

  it('reads each example with its part\'s word lists when trained jackknifed, the same for the same seed', () => {
    const examples = TRAINING_SAMPLE.map((ex, i) => ({ ...ex, fold: i % 2 }));
    const foldGazetteers = buildFoldGazetteers(examples, 2, SAMPLE_RESOURCE_OPTIONS);
    const a = trainPerceptron(examples, resources, { ...options, foldGazetteers }).parts;
    const b = trainPerceptron(examples, resources, { ...options, foldGazetteers }).parts;
    const plain = trainPerceptron(examples, resources, options).parts;
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.weights)).not.toEqual(Array.from(plain.weights));
    expect(() => trainPerceptron(TRAINING_SAMPLE, resources, { ...options, foldGazetteers })).toThrow(/no jackknife part/);
  });

  it('has a seeded random source that repeats', () => {
    const a = mulberry32(3);
    const b = mulberry32(3);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
