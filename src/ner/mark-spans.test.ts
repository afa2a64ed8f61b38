import { describe, expect, it } from 'vitest';
import { markSpans } from './mark-spans.js';

describe('markSpans', () => {
  it('marks "张伟加入星河科技任总裁" in context', () => {
    const text = '张伟加入星河科技任总裁';
    expect(markSpans(text, [
      { type: 'ORG', start: 4, end: 8, text: '星河科技' },
      { type: 'PERSON', start: 0, end: 2, text: '张伟' },
      { type: 'TITLE', start: 9, end: 11, text: '总裁' },
    ])).toBe('【张伟|PERSON】加入【星河科技|ORG】任【总裁|TITLE】');
  });

  it('leaves a text without spans unchanged', () => {
    expect(markSpans('今天天气很好。', [])).toBe('今天天气很好。');
  });
});
