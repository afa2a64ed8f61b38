import type { TrainingExample } from './perceptron-trainer.js';
import type { ResourceOptions } from './training-resources.js';

/**
 * A tiny fixed training sample for the tests, written as invented sentences. The first two
 * "corpora" annotate everything; the last sentences come from one without titles (like MSRA).
 */
const full = ['PERSON', 'ORG', 'TITLE'] as const;
const noTitles = ['PERSON', 'ORG'] as const;

function ex(text: string, marked: Array<[string, 'PERSON' | 'ORG' | 'TITLE']>, annotates: readonly ('PERSON' | 'ORG' | 'TITLE')[] = full): TrainingExample {
  return {
    text,
    annotates,
    spans: marked.map(([s, type]) => {
      const start = text.indexOf(s);
      if (start < 0) throw new Error(`${s} not in ${text}`);
      return { type, start, end: start + s.length };
    }),
  };
}

export const TRAINING_SAMPLE: TrainingExample[] = [
  ex('张伟加入星河科技公司，担任总裁。', [['张伟', 'PERSON'], ['星河科技公司', 'ORG'], ['总裁', 'TITLE']]),
  ex('李明离开蓝海数据公司。', [['李明', 'PERSON'], ['蓝海数据公司', 'ORG']]),
  ex('王芳出任远山科技公司首席执行官。', [['王芳', 'PERSON'], ['远山科技公司', 'ORG'], ['首席执行官', 'TITLE']]),
  ex('赵强创办了青木科技公司。', [['赵强', 'PERSON'], ['青木科技公司', 'ORG']]),
  ex('刘洋担任白石大学教授。', [['刘洋', 'PERSON'], ['白石大学', 'ORG'], ['教授', 'TITLE']]),
  ex('陈静是红杉数据公司总裁。', [['陈静', 'PERSON'], ['红杉数据公司', 'ORG'], ['总裁', 'TITLE']]),
  ex('孙丽加入金桥科技公司。', [['孙丽', 'PERSON'], ['金桥科技公司', 'ORG']], noTitles),
  ex('周杰任银河大学总裁。', [['周杰', 'PERSON'], ['银河大学', 'ORG']], noTitles),
];

/** Word-list thresholds for a sample this small (an ORG ending counts from two spans). */
export const SAMPLE_RESOURCE_OPTIONS: ResourceOptions = { minOrgEnding: 2, minTitle: 1, minOrgName: 1, minPersonName: 1 };
