import type { TextSpan } from '../text/split-sentences.js';
import type { RawFact } from './sentence-facts.js';

/**
 * Moves the text reports as rumour and then has the person deny ("外界一度传出，P也将加入X。P本人在
 * 朋友圈否认了这一说法", "is said to be joining X … X denied the report"): no fact, as the contract
 * says of denials. Only a move told as rumour or as yet to happen is dropped, and only when a denial
 * follows in its sentence or the next one, by the person (named, 本人, he/she) or the organisation.
 */
export function dropDenied(facts: RawFact[], text: string, sentences: readonly TextSpan[]): RawFact[] {
  return facts.filter((f) => {
    const own = text.slice(f.sentence.start, f.sentence.end);
    if (!RUMOUR.test(own) && f.status !== 'reported') return true;
    const k = sentences.findIndex((s) => s.start === f.sentence.start);
    const next = k >= 0 && k + 1 < sentences.length ? text.slice(sentences[k + 1]!.start, sentences[k + 1]!.end) : '';
    for (const sentence of [own, next]) {
      const denial = DENIAL.exec(sentence);
      if (!denial) continue;
      // "Baidu rejected online claims that X had resigned": a denial whose object is the move itself.
      const surnameOf = f.person.split(' ').at(-1)!;
      if (sentence === own && /^[^.;]{0,60}?\bthat\b/.test(sentence.slice(denial.index)) && sentence.indexOf(surnameOf, denial.index) > denial.index) return false;
      const before = sentence.slice(0, denial.index);
      // ("…赫连霜被曝已于今年8月离职。此前有消息称…汲远山同样离职，拼多多方面回应称“不实”": the next
      // sentence's own rumour is what it denies.)
      if (sentence === next && RUMOUR.test(before) && !before.includes(f.person)) continue;
      const surname = f.person.length >= 2 && /^[\u4e00-\u9fff]/.test(f.person) ? f.person.slice(0, 1) : f.person.split(' ').at(-1)!;
      // (Or the employer the rumour names, speaking as "X方面": "网传华为…总监P已离职创业。华为方面…否认".)
      const speaker = /([\u4e00-\u9fffA-Za-z]{2,8}?)方面/.exec(before)?.[1];
      if (before.includes(f.person) || before.includes(surname) || BY_THEMSELF.test(before) || (f.org !== null && before.includes(f.org)) || (speaker !== undefined && own.includes(speaker))) return false;
    }
    return true;
  });
}

/** A move told as hearsay or as still to come. */
const RUMOUR = /网传|传出|传闻|传言|据传|盛传|或将|也将|将加入|有消息称|消息称|is said to|are said to|reportedly|rumou?r|speculation|in talks|\bclaim(?:s|ing|ed)? that\b|\breports?\b[^.;]{0,60}?\bthat\b/i;
/** A denial of what was said. */
const DENIAL = /否认|辟谣|澄清|并不属实|不属实|不实(?!际|用|验|在)|纯属谣言|假消息|没有这回事|没这回事|并非事实|不是事实|子虚乌有|并无此事|仍在(?:正常)?(?:工作|上班|任职|职|岗)|denied|denies|dismissed (?:the )?(?:reports?|rumou?rs?|speculation)|rejected (?:the )?(?:(?:online|media|press)\s+)?(?:reports?|rumou?rs?|claims?)|(?:calling|called) (?:them|it|the (?:reports?|claims?))\s+["“']?(?:fabricated|baseless|groundless|false|untrue)|called (?:the )?reports? (?:false|untrue|inaccurate)|(?:was|is|were|are) ["“']?(?:(?:simply|completely|entirely|totally|absolutely|just) )?(?:untrue|false|inaccurate|not true|fake|fabricated)\b/i;
const BY_THEMSELF = /本人|其本人|他|她|\b(?:he|she|they)\b/i;
