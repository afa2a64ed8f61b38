import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments';

const article = '原字节AI大牛骆怡航加入生数科技，成为新一任CEO。此前他离开火山引擎。';

describe('highlightSegments', () => {
  it('marks one fact at its evidence offsets and keeps the rest as plain text', () => {
    const start = article.indexOf('骆怡航');
    const end = article.indexOf('。') + 1;
    const segments = highlightSegments(article, [{ id: 7, start, end }]);
    expect(segments.map((s) => s.text).join('')).toBe(article);
    expect(segments.filter((s) => s.ids.length > 0).map((s) => s.text)).toEqual([article.slice(start, end)]);
  });

  it('keeps both facts visible when two facts share a sentence', () => {
    const end = article.indexOf('。') + 1;
    const segments = highlightSegments(article, [
      { id: 1, start: 0, end },
      { id: 2, start: article.indexOf('骆怡航'), end: article.indexOf('，') },
    ]);
    expect(segments.find((s) => s.text === '骆怡航加入生数科技')?.ids).toEqual([1, 2]);
    expect(segments.find((s) => s.text === '原字节AI大牛')?.ids).toEqual([1]);
  });

  it('clips spans past the end of the text and drops empty ones', () => {
    const segments = highlightSegments('离职创业', [{ id: 3, start: 2, end: 99 }, { id: 4, start: 1, end: 1 }]);
    expect(segments).toEqual([
      { text: '离职', start: 0, ids: [] },
      { text: '创业', start: 2, ids: [3] },
    ]);
  });
});
