import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes.js';

const SIMPLIFIED = '星河智能联合创始人沈一帆近日离职，据了解，他正在筹备新的创业项目。公司感谢他过去三年的贡献，并表示业务运行正常。';
const TRADITIONAL = '雲帆科技技術副總裁顧南星確認離職，轉身加入一家人工智能創業公司出任首席技術官。這位工程師曾在多家大型互聯網公司任職。';

describe('decodeBytes', () => {
  it('reads valid UTF-8 as is', () => {
    expect(decodeBytes(Buffer.from(SIMPLIFIED), 'a.txt')).toEqual({ text: SIMPLIFIED, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]);
    expect(decodeBytes(bytes, 'a.txt').text).toBe(SIMPLIFIED);
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf-16le')]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text: SIMPLIFIED, encoding: 'utf-16le' });
  });

  it('detects GBK/GB18030 Chinese text', () => {
    const bytes = iconv.encode(SIMPLIFIED, 'gbk');
    expect(decodeBytes(bytes, 'gbk.txt')).toEqual({ text: SIMPLIFIED, encoding: 'gb18030' });
  });

  it('detects Big5 Traditional text', () => {
    const bytes = iconv.encode(TRADITIONAL, 'big5');
    expect(decodeBytes(bytes, 'big5.txt')).toEqual({ text: TRADITIONAL, encoding: 'big5' });
  });

  it('honours a declared charset for non-UTF-8 bytes', () => {
    const bytes = iconv.encode(TRADITIONAL, 'big5');
    expect(decodeBytes(bytes, 'page.html', 'BIG5').encoding).toBe('big5');
    expect(decodeBytes(iconv.encode(SIMPLIFIED, 'gbk'), 'page.html', 'gb2312').text).toBe(SIMPLIFIED);
  });

  it('refuses an empty file', () => {
    expect(() => decodeBytes(Buffer.alloc(0), 'empty.txt')).toThrow('empty.txt: empty file');
  });

  it('refuses bytes with NUL as a binary file', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeBytes(bytes, 'photo.txt')).toThrow('photo.txt: binary file, not an article');
  });

  it('refuses text full of control characters as binary', () => {
    const bytes = Buffer.alloc(400, 0x41);
    for (let i = 0; i < 400; i += 5) bytes[i] = 0x01;
    expect(() => decodeBytes(bytes, 'blob.md')).toThrow('blob.md: binary file, not an article');
  });

  it('refuses invalid UTF-8 that is not Chinese in a legacy encoding either', () => {
    const latin1 = Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9: the team left the company last week and founded a new one.', 'latin1');
    expect(() => decodeBytes(latin1, 'latin.txt')).toThrow('latin.txt: invalid UTF-8, and not recognisably GBK/GB18030 or Big5 either');
  });
});
