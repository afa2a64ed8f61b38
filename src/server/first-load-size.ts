import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface FirstLoadSize {
  /** JavaScript files fetched to show the page, with their gzipped sizes. */
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
}

/**
 * The JavaScript a first visit downloads, from Vite's build manifest: the entry with its static
 * imports, plus the lazily loaded modules the landing page needs at once (`lazyModules`, e.g. the
 * overview page and the charts it draws), each with their own static imports.
 */
export function firstLoadSize(distDir: string, lazyModules: string[]): FirstLoadSize {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath}: no build manifest (run npm run build)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error(`${manifestPath}: no entry chunk`);
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key) || !manifest[key]) return;
    keys.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  visit(entry);
  for (const module of lazyModules) {
    if (!manifest[module]) throw new Error(`${manifestPath}: no chunk for ${module}`);
    visit(module);
  }
  const files = [...keys].map((key) => {
    const file = manifest[key]!.file;
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  const css = new Set([...keys].flatMap((key) => manifest[key]!.css ?? []));
  const cssGzipBytes = [...css].reduce((n, file) => n + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length, 0);
  return {
    files,
    jsBytes: files.reduce((n, f) => n + f.bytes, 0),
    jsGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    cssGzipBytes,
  };
}
