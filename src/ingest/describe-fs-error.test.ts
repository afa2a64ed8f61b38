import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { describeFsError } from './describe-fs-error.js';

const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('describeFsError', () => {
  it('puts a real missing-file error in words', async () => {
    const e = await readFile('/nonexistent/talentflow/article.txt').catch((err: unknown) => err);
    expect(describeFsError(e)).toBe('no such file or directory');
  });

  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOTDIR', 'a part of the path is not a directory'],
    ['ELOOP', 'too many symbolic links'],
    ['EIO', 'cannot be read (EIO)'],
  ])('says %s as "%s"', (code, words) => {
    expect(describeFsError(errno(code))).toBe(words);
  });
});
