import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html-to-article.js';

const PARAGRAPHS = [
  '星河智能联合创始人沈一帆近日确认离职。据了解，他在公司期间主要负责模型预训练和面向消费者的产品，离职后正在筹备新的创业项目。',
  '公司方面回应称，沈一帆因个人选择已于数月前离开，公司尊重他的选择，也感谢他过去两年的贡献。这是该公司今年以来第三位离开的联合创始人。',
  '更早之前，技术副总裁顾南星离职后加入了云帆科技，负责技术项目管理和规划，直接向云帆科技的首席执行官汇报。',
  '业内人士认为，大模型创业公司正在经历一轮调整：融资放缓、战略收缩，核心技术人员或回流大厂，或再次创业。',
];

const page = (head: string, article: string) => `<!doctype html><html><head><meta charset="utf-8">${head}<title>星河智能又一位联合创始人离职 - 某科技网</title></head>
<body>
<nav><a href="/">首页</a> <a href="/ai">人工智能</a> <a href="/login">登录</a></nav>
<header><div class="logo">某科技网</div></header>
<div class="main"><article>${article}</article>
<aside><h3>相关阅读</h3><ul><li><a href="/a/2">另一篇文章的标题</a></li><li><a href="/a/3">第三篇文章的标题</a></li></ul></aside></div>
<footer>版权所有 © 某科技网 未经许可禁止转载</footer>
<script>var tracker = "不应出现的脚本文字";</script>
</body></html>`;

describe('htmlToArticle', () => {
  it('keeps the article paragraphs as lines and leaves out navigation, footer and scripts', () => {
    const { text } = htmlToArticle(page('', `<h1>星河智能又一位联合创始人离职</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}`));
    for (const p of PARAGRAPHS) expect(text.split('\n')).toContain(p);
    expect(text).not.toContain('不应出现的脚本文字');
    expect(text).not.toContain('登录');
  });

  it('reads article:published_time, author and canonical URL from the head', () => {
    const head = '<meta property="article:published_time" content="2025-04-13T14:01:27+08:00"><meta name="author" content="妮可"><link rel="canonical" href="https://news.example.com/a/1">';
    const article = htmlToArticle(page(head, PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')));
    expect(article.published).toEqual({ year: 2025, month: 4, day: 13 });
    expect(article.author).toBe('妮可');
    expect(article.url).toBe('https://news.example.com/a/1');
  });

  it('reads <meta name="pubdate">', () => {
    const article = htmlToArticle(page('<meta name="pubdate" content="2024-11-19">', `<p>${PARAGRAPHS[0]}</p>`));
    expect(article.published).toEqual({ year: 2024, month: 11, day: 19 });
  });

  it('reads JSON-LD datePublished and headline', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: '星河智能联合创始人离职', datePublished: '2026-01-30T10:00:00+08:00', author: { '@type': 'Person', name: '王五' } }] });
    const article = htmlToArticle(page(`<script type="application/ld+json">${ld}</script>`, `<p>${PARAGRAPHS[0]}</p>`));
    expect(article.published).toEqual({ year: 2026, month: 1, day: 30 });
    expect(article.author).toBe('王五');
  });

  it('reads a <time datetime> when the head has no date', () => {
    const article = htmlToArticle(page('', `<time datetime="2025-08-08T21:36">8月8日</time><p>${PARAGRAPHS[0]}</p>`));
    expect(article.published).toEqual({ year: 2025, month: 8, day: 8 });
  });

  it('falls back to the body text of a page Readability finds nothing in', () => {
    const { text } = htmlToArticle('<html><body><div>沈一帆已于上月离职。</div><div>他将加入云帆科技。</div></body></html>');
    expect(text).toBe('沈一帆已于上月离职。\n他将加入云帆科技。');
  });

  it('keeps <br> line breaks and turns links into markdown links for the boilerplate filter', () => {
    const { text } = htmlToArticle('<html><body><p>第一行<br>据<a href="https://36kr.example.com/p/1">36氪</a>报道</p></body></html>');
    expect(text).toBe('第一行\n据[36氪](https://36kr.example.com/p/1)报道');
  });
});
