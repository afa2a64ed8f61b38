/**
 * Character normalisation and classes for the tagger's features. Works on UTF-16 code units so
 * offsets stay those of the input string.
 */
export enum CharType {
  Pad = 0,
  Han = 1,
  Upper = 2,
  Lower = 3,
  Digit = 4,
  HanNumeral = 5,
  Space = 6,
  OpenPunct = 7,
  ClosePunct = 8,
  Punct = 9,
  NameDot = 10,
  Other = 11,
}

/** Full-width ASCII to half-width, ideographic space to space, Latin to lower case. */
export function normalizeCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) c = 0x20;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

const HAN_NUMERALS = new Set([...'〇零一二三四五六七八九十百千万亿两'].map((s) => s.charCodeAt(0)));
const OPEN = new Set([...'(（[【《〈「『“‘{'].map((s) => s.charCodeAt(0)));
const CLOSE = new Set([...')）]】》〉」』”’}'].map((s) => s.charCodeAt(0)));
const NAME_DOTS = new Set([0x00b7, 0x2022, 0x30fb, 0x2027, 0xff65, 0x2219]);

/** Class of a raw code unit (before normalisation). */
export function charTypeOf(raw: number): CharType {
  const c = raw >= 0xff01 && raw <= 0xff5e ? raw - 0xfee0 : raw;
  if (c >= 0x4e00 && c <= 0x9fff) return HAN_NUMERALS.has(c) ? CharType.HanNumeral : CharType.Han;
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return CharType.Han;
  if (c >= 0x41 && c <= 0x5a) return CharType.Upper;
  if (c >= 0x61 && c <= 0x7a) return CharType.Lower;
  if (c >= 0x30 && c <= 0x39) return CharType.Digit;
  if (c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0) return CharType.Space;
  if (NAME_DOTS.has(raw)) return CharType.NameDot;
  if (OPEN.has(c)) return CharType.OpenPunct;
  if (CLOSE.has(c)) return CharType.ClosePunct;
  if (c === 0x3007) return CharType.HanNumeral;
  if (c < 0x80 || (c >= 0x3000 && c <= 0x303f) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xff00 && c <= 0xffef)) {
    return CharType.Punct;
  }
  return CharType.Other;
}

/** charTypeOf for every code unit, precomputed: the feature extractor reads it per character. */
export const CHAR_TYPES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = charTypeOf(c);
  return table;
})();
