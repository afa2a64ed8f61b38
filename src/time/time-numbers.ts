/** Numbers as written in Chinese and English news: Arabic (half or full width), Chinese numerals, English words. */

const ZH_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** Parses `12`, `１２`, `十二`, `两`, `二十三`, `一百`; null when it is none of these. */
export function parseCount(s: string): number | null {
  const t = toAsciiDigits(s.trim());
  if (/^\d+$/.test(t)) return Number(t);
  if (t === '' || !/^[〇零一二两三四五六七八九十百千]+$/.test(t)) return null;
  let total = 0;
  let digit = 0;
  let sawDigit = false;
  for (const ch of t) {
    const unit = ZH_UNITS[ch];
    if (unit != null) {
      total += (sawDigit ? digit : 1) * unit; // 十二: a leading 十 means 1×10
      digit = 0;
      sawDigit = false;
    } else {
      digit = ZH_DIGITS[ch] ?? 0;
      sawDigit = true;
    }
  }
  return total + (sawDigit ? digit : 0);
}

/** Parses a year written digit by digit: `2023`, `２０２３`, `二〇二三`; null when not 1900–2099. */
export function parseYear(s: string): number | null {
  const t = toAsciiDigits(s);
  let year: number;
  if (/^\d{4}$/.test(t)) year = Number(t);
  else if (/^[〇零一二三四五六七八九]{4}$/.test(t)) year = Number([...t].map((c) => ZH_DIGITS[c]).join(''));
  else return null;
  return year >= 1900 && year <= 2099 ? year : null;
}

/** Parses `3`, `three`, `a`, `an` (case-insensitive); null otherwise. */
export function parseEnglishCount(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return EN_NUMBERS[s.toLowerCase()] ?? null;
}

/** Replaces full-width digits ０-９ by ASCII ones (same length, so offsets are kept). */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
