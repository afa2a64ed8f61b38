import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadSize } from './first-load-size.js';

function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'tf-dist-'));
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, 'assets'));
  const files: Record<string, string> = {
    'assets/index.js': 'import "./shared.js";'.repeat(50),
    'assets/shared.js': 'export const x = 1;'.repeat(20),
    'assets/overview.js': 'overview();'.repeat(30),
    'assets/review.js': 'review();'.repeat(500),
    'assets/index.css': 'body{margin:0}',
  };
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dist, file), content);
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify({
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/pages/overview-page.tsx', 'src/pages/review-page.tsx'], css: ['assets/index.css'] },
    '_shared.js': { file: 'assets/shared.js' },
    'src/pages/overview-page.tsx': { file: 'assets/overview.js', imports: ['_shared.js'] },
    'src/pages/review-page.tsx': { file: 'assets/review.js', imports: ['_shared.js'] },
  }));
  return dist;
}

describe('firstLoadSize', () => {
  it('counts the entry, its imports and the landing page, not the other pages', () => {
    const dist = fakeBuild();
    const size = firstLoadSize(dist, ['src/pages/overview-page.tsx']);
    expect(size.files.map((f) => f.file).sort()).toEqual(['assets/index.js', 'assets/overview.js', 'assets/shared.js']);
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    expect(size.jsGzipBytes).toBe(gz('import "./shared.js";'.repeat(50)) + gz('export const x = 1;'.repeat(20)) + gz('overview();'.repeat(30)));
    expect(size.jsBytes).toBe(21 * 50 + 19 * 20 + 11 * 30);
    expect(size.cssGzipBytes).toBe(gz('body{margin:0}'));
  });

  it('names a lazy module missing from the build', () => {
    expect(() => firstLoadSize(fakeBuild(), ['src/pages/gone.tsx'])).toThrow(/no chunk for src\/pages\/gone\.tsx/);
  });
});
