import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { openStore } from '../../src/store/open-store.js';
import { ingestSeeds, listen, tempStore, type TestServer } from '../api/test-server.js';
import { ensureWebBuild, launchChromium, screenshotPath } from './browser.js';

// The dashboard in Debian's Chromium, against a real server on a store filled by the real pipeline.
describe('the dashboard in a browser', () => {
  let temp: Awaited<ReturnType<typeof tempStore>>;
  let webRoot: string;
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    webRoot = await ensureWebBuild();
    temp = await tempStore();
    await ingestSeeds(temp.store);
    server = await listen({ store: temp.store, webRoot });
    browser = await launchChromium();
    context = browser.context;
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await temp?.store.close();
    temp?.remove();
  });

  const open = async (path: string) => {
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
  };

  it('shows the organisation page of 字节跳动 with its charts drawn and its alumni listed', async () => {
    await open(`/org/${encodeURIComponent('字节跳动')}?lang=zh`);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('字节跳动');
    for (const chart of ['org-activity', 'org-network']) {
      const canvas = page.locator(`[data-chart="${chart}"] canvas`).first();
      await canvas.waitFor({ state: 'visible', timeout: 15_000 });
      const box = await canvas.boundingBox();
      expect(box?.width, chart).toBeGreaterThan(200);
      expect(box?.height, chart).toBeGreaterThan(150);
      expect(await paintedPixels(page, chart), `${chart} has something drawn`).toBeGreaterThan(500);
    }
    const alumni = page.locator('.alumni-table tbody tr');
    expect(await alumni.count()).toBeGreaterThan(3);
    await page.screenshot({ path: screenshotPath('organisation'), fullPage: true });
  });

  it('clicks through from an alumnus to their career timeline with quoted evidence', async () => {
    const link = page.locator('.alumni-table tbody tr .person-link').first();
    const name = (await link.textContent())!.trim();
    await link.click();
    await page.waitForURL(/\/person\/\d+/);
    await page.waitForSelector('.timeline-step');
    expect(await page.locator('h1').first().textContent()).toBe(name);
    expect(await page.locator('.timeline-step').count()).toBeGreaterThan(0);
    expect((await page.locator('.timeline-step blockquote.evidence').first().textContent())!.length).toBeGreaterThan(4);
    expect(await page.locator('.timeline-step .source a').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('person'), fullPage: true });
  });

  it('shows the overview: counts, the latest moves, net flows and a Sankey, with under 1 MB of JavaScript gzipped', async () => {
    const fresh = await context.newPage();
    const scripts: Array<Promise<Buffer>> = [];
    fresh.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await fresh.goto(`${server.url}/?lang=zh`);
    await fresh.locator('[data-chart="overview-sankey"] canvas').first().waitFor();
    const gzipped = (await Promise.all(scripts)).reduce((n, body) => n + gzipSync(body).length, 0);
    expect(scripts.length).toBeGreaterThan(1);
    expect(gzipped).toBeLessThan(1024 * 1024);
    await fresh.close();

    await open('/?lang=zh');
    await page.waitForSelector('.moves-feed tbody tr');
    expect(await page.locator('[data-count="documents"] .stat-value').textContent()).toBe('5');
    const canvas = page.locator('[data-chart="overview-sankey"] canvas').first();
    await canvas.waitFor({ state: 'visible' });
    expect(await paintedPixels(page, 'overview-sankey')).toBeGreaterThan(500);
    await page.screenshot({ path: screenshotPath('overview'), fullPage: true });
  });

  it('filters the flows page by period and groups by organisation kind, keeping the filters in the URL', async () => {
    await open('/flows?by=kind&lang=zh');
    await page.locator('[data-chart="flows-sankey"] canvas, .empty').first().waitFor();
    expect(page.url()).toContain('by=kind');
    await page.screenshot({ path: screenshotPath('flows'), fullPage: true });
    await page.fill('input[name="since"]', '2024-01');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/since=2024-01/);
  });

  it('switches the language to English and keeps the choice on the next visit', async () => {
    await open('/?lang=zh');
    await expect(page.locator('.nav-item').first().textContent()).resolves.toBe('总览');
    await page.click('button[data-lang="en"]');
    await expect(page.locator('.nav-item').first().textContent()).resolves.toBe('Overview');
    await open('/search?q=' + encodeURIComponent('竞业'));
    await expect(page.locator('.nav-item').first().textContent()).resolves.toBe('Overview');
    await page.waitForSelector('.result-list.articles li');
    expect(await page.locator('.result-list.articles li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('search-en'), fullPage: true });
    await page.click('button[data-lang="zh"]');
    await expect(page.locator('.nav-item').first().textContent()).resolves.toBe('总览');
  });

  it('accepts a fact in the review queue, and the decision is still there after a restart', async () => {
    await open('/review?lang=zh');
    const item = page.locator('.review-item').first();
    await item.waitFor();
    const factId = await item.getAttribute('data-fact-id');
    const before = await page.locator('.review-item').count();
    await page.screenshot({ path: screenshotPath('review'), fullPage: false });
    await item.locator('button.accept').click();
    await page.waitForSelector('.done');
    await page.waitForFunction((id) => !document.querySelector(`.review-item[data-fact-id="${id}"]`), factId);

    // Restart: a new server process state over the same SQLite file.
    await server.close();
    await temp.store.close();
    temp.store = await openStore(temp.path);
    server = await listen({ store: temp.store, webRoot });

    await open('/review?lang=zh');
    await page.locator('.review-item').first().waitFor();
    expect(await page.locator(`.review-item[data-fact-id="${factId}"]`).count()).toBe(0);
    expect(await page.locator('.review-item').count()).toBeGreaterThanOrEqual(Math.min(before, 20) - 1);
    const docId = await findDocOfFact(server.url, Number(factId));
    await open(`/article/${docId}?lang=zh`);
    await expect(page.locator(`.fact-card[data-fact-id="${factId}"] .review-accepted`).count()).resolves.toBe(1);
  });

  it('shows an article with <script> and onerror= as text, running none of it', async () => {
    await open('/add?lang=zh');
    const text = [
      '据报道，原百度自动驾驶负责人沈未央已于2024年5月离职，加入理想汽车担任CTO。',
      '<script>window.__xss=1</script>',
      '<img src=x onerror="window.__xss=2">',
    ].join('\n');
    await page.fill('textarea[name="text"]', text);
    await page.fill('input[name="title"]', '<b>标题</b><img src=x onerror="window.__xss=3">');
    await page.fill('input[name="published"]', '2024-06-01');
    await page.click('button.primary');
    await page.waitForSelector('.add-result .fact-card, .add-result .empty');
    await page.screenshot({ path: screenshotPath('add-article'), fullPage: true });
    await page.click('.add-result a.article-link');
    await page.waitForSelector('.article-text');
    const shown = await page.locator('.article-text').textContent();
    expect(shown).toContain('<script>window.__xss=1</script>');
    expect(shown).toContain('onerror="window.__xss=2"');
    expect(await page.locator('.article-text img, .article-text script, h1 img').count()).toBe(0);
    expect(await page.locator('h1').first().textContent()).toContain('<b>标题</b>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('.fact-mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('article-xss'), fullPage: true });
  });

  it('adds an alias to an organisation from the review tools, picked by searching its name', async () => {
    await open('/review?lang=zh');
    const form = page.locator('form.tool-form').filter({ has: page.locator('input[placeholder="ByteDance"]') });
    await form.locator('.picker input').fill('字节');
    await form.locator('.picker-options button').filter({ hasText: '字节跳动' }).first().click();
    await form.locator('input[placeholder="ByteDance"]').fill('头条系');
    await form.locator('button[type="submit"]').click();
    await page.waitForSelector('.done');
    await open(`/org/${encodeURIComponent('头条系')}?lang=zh`);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('字节跳动');
    expect(await page.locator('.entity-head .meta-line').textContent()).toContain('头条系');
  });

  it('raised no script errors on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** Non-transparent pixels of a chart's canvas: the chart was drawn, not just laid out. */
async function paintedPixels(page: Page, chart: string): Promise<number> {
  await page.waitForTimeout(300); // ECharts animates in; let the first frames land
  return page.evaluate((name) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-chart="${name}"] canvas`);
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  }, chart);
}

async function findDocOfFact(base: string, factId: number): Promise<number> {
  const list = (await (await fetch(`${base}/api/articles?limit=200`)).json()) as { items: Array<{ id: number }> };
  for (const doc of list.items) {
    const article = (await (await fetch(`${base}/api/articles/${doc.id}`)).json()) as { facts: Array<{ id: number }> };
    if (article.facts.some((f) => f.id === factId)) return doc.id;
  }
  throw new Error(`fact ${factId} is in no article`);
}
