import type { TextSpan } from '../text/split-sentences.js';
import type { PersonRef } from './mentions.js';

/** Gap between two listed names: a separator, maybe a bracket and a title (张阔、副总裁|曲滕). */
// (Also "，以及曾在拼多多担任推荐算法专家的|钱梓豪": a list's last item with a longer introduction.)
// (Not "与宓清岚同组的|专家司马云舟": a 的 after 与/同 makes the first name part of a description.)
// (An adverb may stand before the conjunction: "薛静宜已与前科大研究员何浩然联合创办".)
export const LIST_GAP = /^\s*(?:（[^）]*）|\([^)]*\))?\s*(?:(?:、|，|,|(?:已经?|也|还|将)?(?:和|与|跟|同|携手|联手|联合)|及|以及|&)\s*[^，。；,;的]{0,14}|[，,、]\s*(?:以及|还有|和|及)\s*[^，。；,;]{0,20})$/;

/** The person (and the people listed with them) ending closest before `pos` in the clause. */
export function subjectsBefore(persons: PersonRef[], clause: TextSpan, pos: number, text: string): PersonRef[] {
  // ("跟随雷奕帆出走的约有二十人": the one followed is not who leaves.)
  const inClause = persons.filter((p) => p.start >= clause.start && p.end <= pos && !isObjectOfOther(text, p));
  if (inClause.length === 0) return [];
  const last = inClause.length - 1;
  const gap = text.slice(inClause[last]!.end, pos);
  // "P告诉记者…" style gaps are long and hold another verb; a subject sits close to its verb.
  if (gap.length > 30) return [];
  // "马斯克旗下xAI又有两位创始人离职": the name is a possessor, the subject is the group.
  // ("赵磊联合两位前同事创办": the group is the person's partners; the person stays the subject.)
  const withPartners = /^(?:已经?|也|还|将)?(?:与|和|跟|同|携手|联手|联合)[^，,。；;]{0,4}[一二两三四五六七八九十多几]+[位名个]/.test(gap);
  if (/旗下|手下|麾下/.test(gap) || (!withPartners && /[一二两三四五六七八九十多几]+[位名个]/.test(gap))) return [];
  return groupEndingAt(inClause, last, text);
}

/**
 * A person another verb has as its object, so not a subject: the one followed ("跟随雷奕帆出走的"),
 * or the one handed a post ("把CEO的位置交给联合创始人焦予恒，自己退居二线").
 */
export function isObjectOfOther(text: string, p: PersonRef): boolean {
  return /(?:跟随|跟着|随同|追随|伴随)$/.test(text.slice(Math.max(0, p.start - 2), p.start))
    || /(?:交给|交予|让给|移交给|传给|交棒给)[^，,。；;]{0,10}$/.test(text.slice(Math.max(0, p.start - 14), p.start));
}

export function groupEndingAt(persons: PersonRef[], last: number, text: string): PersonRef[] {
  const group = [persons[last]!];
  for (let k = last - 1; k >= 0; k--) {
    const gap = text.slice(persons[k]!.end, group[0]!.start);
    if (!LIST_GAP.test(gap)) break;
    group.unshift(persons[k]!);
  }
  return group;
}

/** People after an agent verb ("挖来陈雨强、朱文佳等"; "任命前OpenAI研究员姚顺雨为…"). */
export function objectsAfter(persons: PersonRef[], clause: TextSpan, pos: number, text: string): PersonRef[] {
  const after = persons.filter((p) => p.start >= pos && p.end <= clause.end);
  const first = after[0];
  if (!first || first.start - pos > 30) return [];
  const group = [first];
  for (let k = 1; k < after.length; k++) {
    const gap = text.slice(group.at(-1)!.end, after[k]!.start);
    if (!LIST_GAP.test(gap)) break;
    group.push(after[k]!);
  }
  return group;
}

/** "2017年就加入字节担任AI Lab总监的王长虎": the person the relative clause describes. */
export function relativeClauseHead(persons: PersonRef[], clause: TextSpan, pos: number, text: string): PersonRef | null {
  const p = persons.find((x) => x.start > pos && x.end <= clause.end);
  if (!p || p.start - pos > 30) return null;
  const between = text.slice(pos, p.start);
  // (Also "同期加入智元的还有前蔚来算法专家P": the people a 还有/包括 after the clause lists.)
  return /的[^，,。的]{0,12}$/.test(between) || between.endsWith('的') || /^[^，,。]{0,12}的(?:还有|包括|有)[^，,。的]{0,20}$/.test(between) ? p : null;
}

