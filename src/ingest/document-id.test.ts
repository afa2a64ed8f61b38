import { describe, expect, it } from 'vitest';
import { shortHash } from './content-hash.js';
import { documentId } from './document-id.js';

describe('documentId', () => {
  it('is the file name without its extension for paths', () => {
    expect(documentId('../shared/corpus/seeds/000_dadd08b161b15ce6.txt', 'x')).toBe('000_dadd08b161b15ce6');
    expect(documentId('news/101.md', 'x')).toBe('101');
    expect(documentId('article.html', 'x')).toBe('article');
  });

  it('hashes the content for stdin and the address for URLs', () => {
    expect(documentId('-', 'some text')).toBe(`stdin-${shortHash('some text')}`);
    expect(documentId('https://news.example.com/a/1', 'some text')).toBe(`url-${shortHash('https://news.example.com/a/1')}`);
  });

  it('hashes the content under any other label', () => {
    expect(documentId('paste', 'some text')).toBe(`paste-${shortHash('some text')}`);
  });
});
