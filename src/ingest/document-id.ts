import { basename, extname } from 'node:path';
import { shortHash } from './content-hash.js';

/**
 * The stable id of a document: the file name without its extension for files (what the eval
 * scorer matches on), `stdin-<hash of the text>` for `-`, `url-<hash of the URL>` for URLs, and
 * `<name>-<hash of the text>` for any other label (pasted text labelled `paste` → `paste-1a2b3c4d`).
 */
export function documentId(source: string, text: string): string {
  if (source === '-' || source === '') return `stdin-${shortHash(text)}`;
  if (/^https?:\/\//i.test(source)) return `url-${shortHash(source)}`;
  if (source.includes('/') || source.includes('\\') || extname(source) !== '') {
    const name = basename(source);
    return name.slice(0, name.length - extname(name).length) || name;
  }
  return `${source}-${shortHash(text)}`;
}
