/**
 * Regex source fragments shared by the time parsers. Text arrives in Simplified Chinese with
 * half- or full-width digits and optional spaces between numbers and units ("2023 年 4 月").
 */

/** Optional spaces between a number and its unit (never a line break). */
export const SP = '[ \\t\\u00a0\\u3000]*';
export const DIGIT = '[0-9０-９]';
/** Start characters of numbers, for TimeParser.starts. */
export const NUMBER_STARTS = '0-9０-９〇零一二两三四五六七八九十百千半';
/** A number must not continue another number, a decimal, a range or a code (3-4个月, 1.5万, 01810, A5). */
export const NOT_AFTER_NUMBER = '(?<![0-9０-９.．\\-－~～/／A-Za-z])';
/** Like NOT_AFTER_NUMBER, but a dash after a word is a range mark (2019年-2021年), not part of a code. */
const NOT_AFTER_NUMBER_OR_RANGE = '(?<![0-9０-９.．/／A-Za-z])(?<![0-9０-９A-Za-z][\\-－~～])';
const ZH_NUMERAL = '〇零一二两三四五六七八九十百千';
/** Not inside a longer Chinese numeral. */
export const NOT_AFTER_ZH_NUMERAL = `(?<![${ZH_NUMERAL}])`;

/** 2023, ２０２３, 二〇二三 (validated to 1900–2099 by parseYear). */
export const YEAR = `(?:${NOT_AFTER_NUMBER_OR_RANGE}[12１２]${DIGIT}{3}(?!${DIGIT})|${NOT_AFTER_ZH_NUMERAL}[〇零一二三四五六七八九]{4})`;
/** 1–12 as 4, 04, ４, 十二, 三. */
export const MONTH_NUMBER = `(?:${DIGIT}{1,2}|十[一二]?|[一二三四五六七八九])`;
/** 1–31 as 10, 十, 二十一. */
export const DAY_NUMBER = `(?:${DIGIT}{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
/** A count before a unit: 3, 10, 三, 十二, 两, 半. */
export const COUNT = `(?:${DIGIT}{1,3}|[零〇一二两三四五六七八九十百]{1,4}|半)`;

/** 上 and 下 as "last"/"next", not the end of another word (晚上, 网上, 以下, 拿下). */
export const SHANG = '(?<![晚早马身网线以之路面地天海台楼手向北南东西顶会山街])上';
export const XIA = '(?<![以之地线手私天底乡南北留剩拿放写定落签打降])下';

/** Part of a month after 月: changes nothing but the mention's extent. */
export const MONTH_PART = '(?:初|上旬|中旬|下旬|底|末)';
/** Time of day after 日 (12月6日晚). */
export const DAY_PART = '(?:晚间|晚上|晚|早间|早上|早|上午|中午|下午|凌晨|傍晚|夜间|夜|当天|当晚)?';
/** 中 after 年 as mid-year (年中, 今年中), not the first character of a word (年中国, 年中美, 年中心). */
export const MID_YEAR = '中(?![国美欧日韩德法英俄印外文方共央华层心资东西南北部小大型期间标报信科金石铁电移联药核航海兴环概])';

/**
 * Part of a year after 年: 初 → January, 底/末 → December, the rest keep year precision.
 * 中 only as mid-year, not the start of a word (2024年中国…, 今年中美…).
 */
export const YEAR_PART = `(?:年初|年底|年末|年中|初|底|末|${MID_YEAR}|前后|左右|上半年|下半年|前半年|后半年|(?:第${SP})?[一二三四1-4１-４]${SP}季度|[QqHh][1-4]|度|[春夏秋冬](?:季|天))`;

/** `月 (份)? (N日|月初…)?` after a month number, with named groups month/day/monthPart. */
export const MONTH_TAIL = `${SP}月份?(?:${SP}(?<day>${DAY_NUMBER})${SP}[日号]${DAY_PART}|(?<monthPart>${MONTH_PART}))?`;

/** Month (and day) fixed by a year part word: 年初 → 1, 年底/年末 → 12. */
export function monthOfYearPart(part: string | undefined): number | undefined {
  if (!part) return undefined;
  if (part === '初' || part === '年初') return 1;
  if (part === '底' || part === '末' || part === '年底' || part === '年末') return 12;
  return undefined;
}

/** Days in a month (year unknown: February may have 29). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year == null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
