import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where the browser tests leave a screenshot of each page (git-ignored). */
export const SCREENSHOTS_DIR = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));
export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium), headless, with a fresh profile and the
 * flags that keep it off the network: this machine has none beyond loopback.
 */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'talentflow-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1360, height: 900 },
    locale: 'zh-CN',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Builds the dashboard (web/dist) when no build is there yet, as `npm run build` would. */
export async function ensureWebBuild(): Promise<string> {
  const dist = join(WEB_ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    const { build } = await import('vite');
    await build({ root: WEB_ROOT, logLevel: 'warn' });
  }
  return dist;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return join(SCREENSHOTS_DIR, `${name}.png`);
}
