import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions read when walking a folder (a file named explicitly is read whatever its extension). */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.rss', '.atom']);

/**
 * The article files under a folder, recursively, sorted by path (code-unit order, so the same on
 * every machine). Hidden entries (`.git`, `.DS_Store`) and symbolic links to folders are skipped.
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  await walk(dir, found);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      if (entry.isFile()) found.push(path);
      else if (entry.isSymbolicLink() && (await stat(path).then((s) => s.isFile(), () => false))) found.push(path);
    }
  }
}
