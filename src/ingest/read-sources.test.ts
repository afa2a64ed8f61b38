import { chmod, mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import type { Document } from './document.js';
import { readSources, type ReadOptions, type ReadResult } from './read-sources.js';

const FACT = '星河智能联合创始人沈一帆近日确认离职，据了解，他正在筹备新的创业项目。';
const FACT_TW = '雲帆科技技術副總裁顧南星確認離職，轉身加入一家人工智能創業公司出任首席技術官。';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'talentflow-ingest-'));
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=gbk' });
      res.end(iconv.encode(`<html><head><meta name="pubdate" content="2025-06-01"><title>离职</title></head><body><article><p>${FACT}</p><p>${FACT}这是第二段。</p></article></body></html>`, 'gbk'));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function readAll(inputs: string[], options?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readSources(inputs, options)) out.push(r);
  return out;
}

async function readOne(input: string, options?: ReadOptions): Promise<Document> {
  const [r, ...rest] = await readAll([input], options);
  expect(rest).toHaveLength(0);
  if (!r?.ok) throw new Error(`expected a document, got ${r?.error.message}`);
  return r.document;
}

async function errorOf(input: string, options?: ReadOptions): Promise<string> {
  const [r] = await readAll([input], options);
  if (!r || r.ok) throw new Error('expected a failure');
  return r.error.message;
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

describe('readSources: encodings', () => {
  it('reads a GBK file', async () => {
    const doc = await readOne(await file('gbk-article.txt', iconv.encode(`星河智能高管离职\n${FACT}`, 'gbk')));
    expect(doc).toMatchObject({ id: 'gbk-article', encoding: 'gb18030', text: `星河智能高管离职\n${FACT}` });
  });

  it('reads a Big5 file', async () => {
    const doc = await readOne(await file('big5-article.txt', iconv.encode(FACT_TW, 'big5')));
    expect(doc).toMatchObject({ encoding: 'big5', text: FACT_TW });
  });

  it('reads a UTF-8 file with a BOM', async () => {
    const doc = await readOne(await file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FACT)])));
    expect(doc.text).toBe(FACT);
  });
});

describe('readSources: bad input gets a clear message and reading goes on', () => {
  it('says "empty file"', async () => {
    const path = await file('empty.txt', '');
    expect(await errorOf(path)).toBe(`${path}: empty file`);
  });

  it('says a binary file is not an article', async () => {
    const path = await file('image.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
    expect(await errorOf(path)).toBe(`${path}: binary file, not an article`);
  });

  it('says a folder holds no articles', async () => {
    await file('no-articles/photo.jpg', 'x');
    expect(await errorOf(join(dir, 'no-articles'))).toMatch(/no-articles: directory without articles/);
  });

  it('says a missing path does not exist', async () => {
    const path = join(dir, 'nope.txt');
    expect(await errorOf(path)).toBe(`${path}: no such file or directory`);
  });

  it.skipIf(process.getuid?.() === 0)('says an unreadable file is not permitted', async () => {
    const path = await file('locked.txt', FACT);
    await chmod(path, 0o000);
    expect(await errorOf(path)).toBe(`${path}: permission denied`);
    await chmod(path, 0o644);
  });

  it('refuses a file over the size cap from its size alone', async () => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(50 * 1024 * 1024); // sparse: 50 MB by stat, nothing written
    await handle.close();
    expect(await errorOf(path)).toBe(`${path}: is 50 MB, over the 20 MB size cap`);
    expect(await errorOf(path, { maxBytes: 1024 })).toBe(`${path}: is 50 MB, over the 1 KB size cap`);
  });

  it('refuses invalid UTF-8 that is not GBK or Big5 either', async () => {
    const path = await file('latin1.txt', Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9, the engineer left the company.', 'latin1'));
    expect(await errorOf(path)).toBe(`${path}: invalid UTF-8, and not recognisably GBK/GB18030 or Big5 either`);
  });

  it('refuses a file with nothing but page furniture', async () => {
    const path = await file('chrome.md', '![](https://img.example.com/a.png)\n微信扫一扫\n[分享到微博](https://weibo.example.com)\n');
    expect(await errorOf(path)).toMatch(/chrome\.md: no article text/);
  });

  it('goes on with the next source after a bad one', async () => {
    const good = await file('after-bad.txt', FACT);
    const results = await readAll([join(dir, 'missing.txt'), good]);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
  });

  it('throws a UsageError for a --published that is not a date', async () => {
    await expect(readAll([], { published: 'last week' })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('readSources: folders, ids and formats', () => {
  it('reads a folder recursively in sorted path order, skipping other files', async () => {
    await file('tree/b.md', `# 标题二\n${FACT}`);
    await file('tree/a.txt', FACT_TW);
    await file('tree/sub/c.html', `<html><body><p>${FACT}</p></body></html>`);
    await file('tree/notes.csv', 'a,b');
    await file('tree/.hidden.txt', FACT);
    const docs = (await readAll([join(dir, 'tree')])).map((r) => (r.ok ? r.document : null));
    expect(docs.map((d) => [d?.id, d?.format])).toEqual([
      ['a', 'text'],
      ['b', 'markdown'],
      ['c', 'html'],
    ]);
  });

  it('reads YAML front matter into published, url and title', async () => {
    const doc = await readOne(await file('fm.md', `---\npublished: 2026-03-10\nsource: https://news.example.com/a/1\ntitle: 星河智能又一位高管离职\n---\n${FACT}\n`));
    expect(doc.published).toEqual({ date: { year: 2026, month: 3, day: 10 }, source: 'front-matter', inferred: false });
    expect(doc.url).toBe('https://news.example.com/a/1');
    expect(doc.title).toBe('星河智能又一位高管离职');
    expect(doc.text).toBe(FACT);
  });

  it('lets --published override every other date', async () => {
    const doc = await readOne(await file('override.md', `---\ndate: 2024-11-19\n---\n${FACT}`), { published: '2025-03' });
    expect(doc.published).toEqual({ date: { year: 2025, month: 3 }, source: 'option', inferred: false });
  });

  it('reports a missing publication date as a message', async () => {
    const doc = await readOne(await file('undated.txt', FACT));
    expect(doc.published).toBeUndefined();
    expect(doc.messages.map((m) => m.ruleId)).toEqual(['no-publication-date']);
  });

  it('reads a JSON object with text, title, date, url and author', async () => {
    const doc = await readOne(await file('one.json', JSON.stringify({ text: FACT, title: '离职', date: '2025-05-21', url: 'https://news.example.com/x', author: '小编' })));
    expect(doc).toMatchObject({ id: 'one', format: 'json', text: FACT, title: '离职', url: 'https://news.example.com/x', author: '小编' });
    expect(doc.published?.date).toEqual({ year: 2025, month: 5, day: 21 });
  });

  it('reads a JSON array and JSONL, one document per object', async () => {
    const array = await readAll([await file('many.json', JSON.stringify([{ text: FACT }, { text: FACT_TW, id: 'tw-1' }]))]);
    expect(array.map((r) => r.ok && r.document.id)).toEqual(['many-1', 'tw-1']);
    const lines = await readAll([await file('many.jsonl', `${JSON.stringify({ text: FACT })}\n${JSON.stringify({ text: FACT_TW })}\n`)]);
    expect(lines.map((r) => r.ok && r.document.text)).toEqual([FACT, FACT_TW]);
  });

  it('says which JSON object has no text', async () => {
    const path = await file('notext.json', JSON.stringify({ body: FACT }));
    expect(await errorOf(path)).toBe(`${path}: JSON article has no "text" field`);
  });

  it('reads stdin as "-" with a content-hash id', async () => {
    async function* stdin() {
      yield Buffer.from(FACT.slice(0, 10));
      yield Buffer.from(FACT.slice(10));
    }
    const doc = await readOne('-', { stdin: stdin() });
    expect(doc.id).toMatch(/^stdin-[0-9a-f]{8}$/);
    expect(doc.source).toBe('-');
    expect(doc.text).toBe(FACT);
  });

  it('gives the same contentHash to texts that differ only in whitespace', async () => {
    const a = await readOne(await file('ws-a.txt', `${FACT}\n\n${FACT_TW}`));
    const b = await readOne(await file('ws-b.txt', `  ${FACT}\n${FACT_TW}  \n`));
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readSources: URLs and feeds', () => {
  it('reads a page from a URL, decoding its GBK charset', async () => {
    const doc = await readOne(`${base}/story`, { allowPrivateNetwork: true });
    expect(doc.id).toMatch(/^url-[0-9a-f]{8}$/);
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain(FACT);
    expect(doc.published).toEqual({ date: { year: 2025, month: 6, day: 1 }, source: 'html-meta', inferred: false });
  });

  it('refuses the same loopback URL when private networks are not allowed', async () => {
    expect(await errorOf(`${base}/story`)).toMatch(/refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback address\)/);
  });

  it('reads an RSS file: items with article text from their content, short ones from their link', async () => {
    const long = [1, 2, 3, 4, 5, 6].map((n) => `<p>${FACT}这是第${n}段。</p>`).join('');
    const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>科技新闻</title>
<item><title>星河智能高管离职</title><link>https://news.example.com/a/1</link><pubDate>Tue, 10 Mar 2026 08:00:00 +0800</pubDate><content:encoded><![CDATA[${long}]]></content:encoded></item>
<item><title>短讯</title><link>${base}/story</link><description>一句话摘要。</description></item>
</channel></rss>`;
    const results = await readAll([await file('feed.xml', rss)], { allowPrivateNetwork: true });
    const [first, second] = results.map((r) => (r.ok ? r.document : r.error.message));
    expect(first).toMatchObject({ title: '星河智能高管离职', url: 'https://news.example.com/a/1', published: { date: { year: 2026, month: 3, day: 10 } } });
    expect((first as Document).text.startsWith(FACT)).toBe(true);
    expect(second).toMatchObject({ source: `${base}/story`, title: '短讯' });
    expect((second as Document).text).toContain(FACT);
  });
});

// The sample articles, read at run time from ../shared (never copied): each gets the date the
// article shows, and every gold evidence sentence survives cleaning word for word.
const SHARED = join(import.meta.dirname, '../../../shared');

describe.skipIf(!existsSync(join(SHARED, 'corpus/seeds')))('readSources on the sample articles', () => {
  it('finds each article\'s publication date where the page shows it', async () => {
    const docs = (await readAll([join(SHARED, 'corpus/seeds')])).map((r) => (r.ok ? r.document : null));
    expect(docs.map((d) => d && d.published && [d.published.date, d.published.source, d.published.inferred])).toEqual([
      [{ year: 2025, month: 3, day: 19 }, 'header', false],
      [{ year: 2025, month: 8, day: 27 }, 'body', true],
      [{ year: 2024, month: 11, day: 19 }, 'front-matter', false],
      undefined,
      [{ year: 2025, month: 5, day: 21 }, 'body', false],
    ]);
  });

  it('keeps every gold evidence sentence and drops the furniture around it', async () => {
    const texts = new Map<string, string>();
    for (const r of await readAll([join(SHARED, 'corpus/seeds'), join(SHARED, 'eval/news-dev')])) if (r.ok) texts.set(r.document.id, r.document.text);
    expect(texts.size).toBe(15);
    for (const gold of ['eval/seeds.gold.jsonl', 'eval/news-dev.gold.jsonl']) {
      for (const line of readFileSync(join(SHARED, gold), 'utf8').split('\n').filter((l) => l.trim())) {
        const fact = JSON.parse(line) as { doc: string; evidence: string };
        for (const part of fact.evidence.split(/…|\.\.\./).map((p) => p.trim()).filter(Boolean)) expect(texts.get(fact.doc)).toContain(part);
      }
    }
    const all = [...texts.values()].join('\n');
    for (const furniture of ['微信扫一扫', '未经许可，禁止转载', '点击:0', '![', '](http', '{% hint', '**Tags:**', '相关阅读', '搜索历史', '熱門搜尋', '文丨', '作者:', '題圖', '特别声明', '(資料圖片/路透社)']) {
      expect(all).not.toContain(furniture);
    }
  });
});
