import { describe, expect, it } from 'vitest';
import { objectsAfter, relativeClauseHead, subjectsBefore } from './find-subjects.js';
import type { PersonRef } from './mentions.js';

/** People at the places their names stand in the sentence. */
function people(text: string, names: string[]): PersonRef[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, name, source: 'surname' as const };
  });
}
const whole = (t: string) => ({ start: 0, end: t.length });

describe('find-subjects', () => {
  it('takes everyone listed before the verb', () => {
    const t = '首席战略官张阔、副总裁曲滕先后退出';
    const p = people(t, ['张阔', '曲滕']);
    expect(subjectsBefore(p, whole(t), t.indexOf('退出'), t).map((x) => x.name)).toEqual(['张阔', '曲滕']);
  });

  it('does not take a possessor as the subject (马斯克旗下…两位创始人离职)', () => {
    const t = '马斯克旗下xAI又有两位创始人离职';
    expect(subjectsBefore(people(t, ['马斯克']), whole(t), t.indexOf('离职'), t)).toEqual([]);
  });

  it('takes the people after an agent verb', () => {
    const t = '字节挖来陈雨强、朱文佳等技术大牛';
    expect(objectsAfter(people(t, ['陈雨强', '朱文佳']), whole(t), t.indexOf('陈'), t).map((x) => x.name)).toEqual(['陈雨强', '朱文佳']);
  });

  it('finds the head of a relative clause', () => {
    const t = '2017年就加入字节担任AI Lab总监的王长虎';
    expect(relativeClauseHead(people(t, ['王长虎']), whole(t), t.indexOf('字节'), t)?.name).toBe('王长虎');
  });
});
