/**
 * Offset-preserving character folding for dictionary matching: one UTF-16 unit in, one out, so a
 * match found on folded codes has the same offsets in the original text.
 */

/** Full-width ASCII → ASCII, Latin upper → lower, the middle-dot variants → U+00B7. */
export function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x30fb || code === 0x2022 || code === 0x2027 || code === 0xff65) return 0xb7;
  return code;
}

/** Like foldCode but keeps letter case (for aliases that must match as written). */
export function foldCodeKeepCase(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code === 0x30fb || code === 0x2022 || code === 0x2027 || code === 0xff65) return 0xb7;
  return code;
}

/** Spaces that may sit inside a name ("Google DeepMind", "字节 AI Lab") and are ignored when matching. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0x2009 || code === 0x202f;
}

/** ASCII letter or digit after folding: Latin matches must not start or end inside such a run. */
export function isLatinAlnum(code: number): boolean {
  const c = foldCode(code);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The dictionary key of a name: NFKC, folded, spaces removed. */
export function foldKey(name: string, keepCase = false): string {
  const s = name.normalize('NFKC');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isSpaceCode(code)) continue;
    out += String.fromCharCode(keepCase ? foldCodeKeepCase(code) : foldCode(code));
  }
  return out;
}
