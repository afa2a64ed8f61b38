import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from './parse-feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>科技</title>
<item><title>星河智能高管离职 &amp; 创业</title><link>https://news.example.com/a/1</link><guid>a-1</guid>
<pubDate>Tue, 10 Mar 2026 08:00:00 +0800</pubDate><dc:creator>小编</dc:creator>
<description>摘要</description><content:encoded><![CDATA[<p>正文第一段。</p>]]></content:encoded></item>
<item><title>短讯</title><link>https://news.example.com/a/2</link><description>&lt;p&gt;一句话。&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>博客</title>
<entry><title>顾南星加入云帆科技</title><link rel="self" href="https://blog.example.com/self/1"/><link rel="alternate" href="https://blog.example.com/p/1"/>
<id>tag:blog.example.com,2025:1</id><published>2025-01-02T09:00:00+08:00</published><author><name>王五</name></author>
<content type="html">&lt;p&gt;全文。&lt;/p&gt;</content></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS items: title, link, guid, date, author, full content before description', () => {
    expect(parseFeed(RSS)).toEqual([
      { title: '星河智能高管离职 & 创业', link: 'https://news.example.com/a/1', guid: 'a-1', published: { year: 2026, month: 3, day: 10 }, author: '小编', contentHtml: '<p>正文第一段。</p>' },
      { title: '短讯', link: 'https://news.example.com/a/2', contentHtml: '<p>一句话。</p>' },
    ]);
  });

  it('reads Atom entries, taking the alternate link', () => {
    expect(parseFeed(ATOM)).toEqual([
      { title: '顾南星加入云帆科技', link: 'https://blog.example.com/p/1', guid: 'tag:blog.example.com,2025:1', published: { year: 2025, month: 1, day: 2 }, author: '王五', contentHtml: '<p>全文。</p>' },
    ]);
  });

  it('tells feeds from other XML and HTML', () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed('<?xml version="1.0"?><urlset></urlset>')).toBe(false);
    expect(looksLikeFeed('<!doctype html><html></html>')).toBe(false);
  });
});
