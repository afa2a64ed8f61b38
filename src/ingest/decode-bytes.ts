import chardet from 'chardet';
import iconv from 'iconv-lite';
import { SourceError } from '../errors.js';

export interface DecodedText {
  text: string;
  /** utf-8, utf-16le, utf-16be, gb18030, big5, or a charset the source declared. */
  encoding: string;
}

/**
 * Turns the raw bytes of one source into text. Order: byte-order mark; strict UTF-8 (the common
 * case, and the fast one); a charset the source declared (HTML meta, Content-Type); else chardet,
 * accepted only for the Chinese encodings news pages use (GB18030/GBK, Big5) and only when the
 * decoded text looks like Chinese. Anything else is refused with a message naming the source.
 */
export function decodeBytes(bytes: Uint8Array, source: string, declaredCharset?: string): DecodedText {
  if (bytes.length === 0) throw new SourceError(source, 'empty file');
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  if (looksBinary(bytes)) throw new SourceError(source, 'binary file, not an article');
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try what the source declared, then detection
  }
  const declared = declaredCharset ? normaliseCharset(declaredCharset) : undefined;
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared), encoding: declared };
  }
  const chinese = detectChineseEncoding(bytes);
  if (chinese) return chinese;
  throw new SourceError(source, 'invalid UTF-8, and not recognisably GBK/GB18030 or Big5 either');
}

/** Maps charset labels (gbk, gb2312, x-gbk, big5-hkscs, UTF8…) to the names iconv-lite and this module use. */
export function normaliseCharset(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === 'utf8' || l === 'utf-8') return 'utf-8';
  if (l === 'gbk' || l === 'gb2312' || l === 'x-gbk' || l === 'gb_2312-80' || l === 'cp936' || l === 'gb18030') return 'gb18030';
  if (l === 'big5' || l === 'big5-hkscs' || l === 'x-x-big5' || l === 'cp950') return 'big5';
  return l;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const SAMPLE = 8192;

function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  return null;
}

/** NUL bytes, or more than 10% control characters other than tab/newline/CR/form feed/escape, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / n > 0.1;
}

const CHINESE_ENCODINGS: Record<string, string> = { GB18030: 'gb18030', Big5: 'big5' };

function detectChineseEncoding(bytes: Uint8Array): DecodedText | null {
  const sample = bytes.length > 64 * 1024 ? bytes.subarray(0, 64 * 1024) : bytes;
  const matches = chardet.analyse(sample);
  for (const m of matches) {
    const encoding = CHINESE_ENCODINGS[m.name];
    if (!encoding || m.confidence < 10) continue;
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
    if (looksLikeChinese(text)) return { text, encoding };
  }
  return null;
}

/**
 * Decoding random bytes as GB18030 always "succeeds"; real Chinese text decodes to ASCII, common
 * CJK ideographs and CJK/full-width punctuation almost exclusively, so require that.
 */
function looksLikeChinese(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let cjk = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) cjk++;
    else other++;
  }
  return cjk > 0 && other / (cjk + other) < 0.05;
}
