import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors.js';
import { documentFromBytes, documentFromText } from './build-document.js';

const FACT = '星河智能联合创始人沈一帆近日确认离职，据了解，他正在筹备新的创业项目。';
const FACT_TW = '雲帆科技技術副總裁顧南星確認離職，轉身加入一家人工智能創業公司出任首席技術官。';

describe('documentFromText (pasted text)', () => {
  it('cleans the text and names it by the label and a content hash', () => {
    const doc = documentFromText(`作者:小编\n${FACT}\n微信扫一扫`, 'paste');
    expect(doc.id).toMatch(/^paste-[0-9a-f]{8}$/);
    expect(doc.text).toBe(FACT);
    expect(doc.author).toBe('小编');
    expect(doc.format).toBe('text');
  });

  it('takes the publication date given with it', () => {
    expect(documentFromText(FACT, 'paste', { published: '2025-03-19' }).published).toEqual({ date: { year: 2025, month: 3, day: 19 }, source: 'option', inferred: false });
  });

  it('recognises pasted HTML', () => {
    const doc = documentFromText(`<!doctype html><html><body><p>${FACT}</p></body></html>`, 'paste');
    expect(doc.format).toBe('html');
    expect(doc.text).toBe(FACT);
  });

  it('refuses text with no article in it', () => {
    expect(() => documentFromText('   \n', 'paste')).toThrow('paste: empty file');
  });
});

describe('documentFromBytes', () => {
  it('decodes Big5 HTML by its <meta charset>', () => {
    const html = `<html><head><meta charset="big5"><title>離職</title></head><body><p>${FACT_TW}</p></body></html>`;
    const doc = documentFromBytes(iconv.encode(html, 'big5'), 'page.html');
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toBe(FACT_TW);
  });

  it('decodes GBK HTML by its http-equiv Content-Type', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${FACT}</p></body></html>`;
    expect(documentFromBytes(iconv.encode(html, 'gbk'), 'page.htm').text).toBe(FACT);
  });

  it('finds a dateline Readability left out of the article in the rest of the page', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>${FACT}这是第${i + 1}段，记者从多个渠道证实了这一消息。</p>`).join('');
    const html = `<html><head><title>星河智能高管离职</title></head><body><div class="info"><span>某科技网</span> <span>2025-05-21 18:46</span></div><article>${paragraphs}</article></body></html>`;
    const doc = documentFromBytes(Buffer.from(html), 'dated.html');
    expect(doc.text).not.toContain('2025-05-21');
    expect(doc.published).toEqual({ date: { year: 2025, month: 5, day: 21 }, source: 'body', inferred: false });
  });

  it('refuses bytes over the size cap, saying the size and the cap', () => {
    expect(() => documentFromBytes(Buffer.alloc(3 * 1024 * 1024, 0x61), 'big.txt', { maxBytes: 2 * 1024 * 1024 })).toThrow('big.txt: is 3 MB, over the 2 MB size cap');
  });

  it('throws a SourceError for a JSON array, which holds several articles', () => {
    const bytes = Buffer.from(JSON.stringify([{ text: FACT }, { text: FACT_TW }]));
    expect(() => documentFromBytes(bytes, 'two.json')).toThrow(SourceError);
    expect(() => documentFromBytes(bytes, 'two.json')).toThrow('two.json: holds 2 articles; read it with readSources');
  });

  it('names a file by its name without the extension', () => {
    expect(documentFromBytes(Buffer.from(FACT), '/data/news/000_dadd08b161b15ce6.txt').id).toBe('000_dadd08b161b15ce6');
  });

  it('reads invalid front matter as text and says so', () => {
    const doc = documentFromBytes(Buffer.from(`---\ntitle: [unclosed\n---\n${FACT}`), 'bad-fm.md');
    expect(doc.messages.map((m) => m.ruleId)).toContain('invalid-front-matter');
    expect(doc.text).toContain(FACT);
  });
});
