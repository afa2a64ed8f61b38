import * as OpenCC from 'opencc-js';

/**
 * Converts Traditional Chinese to Simplified and full-width ASCII to half-width, keeping the text's
 * length: position i of the result is position i of the input, so offsets found in the converted
 * text point straight at the original wording (evidence is always quoted as written).
 *
 * Phrase-level OpenCC conversion is used when the text has Traditional characters at all (it is
 * right more often than char-by-char, e.g. 乾隆 vs 乾淨); where a phrase rule would change the
 * length, that text falls back to char-by-char conversion.
 */
export function toSimplified(text: string): string {
  const widthFolded = foldFullWidth(text);
  if (!hasTraditional(widthFolded)) return widthFolded;
  const converted = phraseConverter()(widthFolded);
  if (converted.length === widthFolded.length) return converted;
  return convertCharByChar(widthFolded);
}

/** True when some character of the text changes under Traditional→Simplified conversion. */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    // 0 = not yet known, 1 = stays, 2 = changes: a typed array, since every character of every article is asked.
    let known = changesUnderConversion[code]!;
    if (known === 0) {
      known = simplifiedChar(code) !== code ? 2 : 1;
      changesUnderConversion[code] = known;
    }
    if (known === 2) return true;
  }
  return false;
}

const changesUnderConversion = new Uint8Array(0x10000);

function convertCharByChar(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x3400 ? text[i] : String.fromCharCode(simplifiedChar(code));
  }
  return out;
}

/** Full-width ASCII (！ to ～) and the ideographic space become their half-width forms; CJK punctuation stays. */
function foldFullWidth(text: string): string {
  if (!/[\uFF01-\uFF5E\u3000]/.test(text)) return text;
  // Chinese commas, full stops and brackets are kept: sentence splitting and patterns read them.
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

let phrase: ((s: string) => string) | undefined;
function phraseConverter(): (s: string) => string {
  const converter = phrase ?? OpenCC.Converter({ from: 'hk', to: 'cn' });
  phrase = converter;
  return converter;
}

const charCache = new Map<number, number>();
function simplifiedChar(code: number): number {
  let mapped = charCache.get(code);
  if (mapped === undefined) {
    const out = phraseConverter()(String.fromCharCode(code));
    mapped = out.length === 1 ? out.charCodeAt(0) : code;
    charCache.set(code, mapped);
  }
  return mapped;
}
