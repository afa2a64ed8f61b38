import { loadOrgKb } from '../kb/org-kb.js';
import type { TextSpan } from '../text/split-sentences.js';
import type { TimeRef } from './mentions.js';
import type { RawFact } from './sentence-facts.js';

/**
 * A company founded without a name, named a sentence or two later: "将牵头成立一家面向端侧推理的
 * 芯片公司。…据悉，这家新公司名为“芯澜微电子”", "has since co-founded a robotics startup … The
 * startup, Kinetica Robotics, came out of stealth". Fills `org` of the founding facts whose company
 * the sentence left unnamed, and their date from the naming sentence when it gives one
 * (成立于今年5月). "Their new venture, called Halyard Labs" after a sentence of departures also
 * states that those who left founded it.
 */
export function nameLaterFoundings(facts: RawFact[], text: string, sentences: readonly TextSpan[], times: readonly TimeRef[]): void {
  const indexOf = (f: RawFact) => sentences.findIndex((s) => s.start === f.sentence.start);
  for (const f of facts) {
    if (f.relation !== 'founded' || f.org !== null) continue;
    const k = indexOf(f);
    if (k < 0) continue;
    for (let j = k + 1; j < Math.min(sentences.length, k + 4); j++) {
      const s = sentences[j]!;
      const name = companyNamedIn(text.slice(s.start, s.end));
      if (!name) continue;
      f.org = canonical(name);
      // ("…名为“回响智能”，成立于今年5月": the founding date the naming sentence gives.)
      const founded = /成立于|注册于|成立时间为?|创立于/.exec(text.slice(s.start, s.end));
      const at = founded ? s.start + founded.index + founded[0].length : -1;
      const when = founded ? times.find((t) => t.start >= at && t.start - at <= 2 && t.date) : undefined;
      if (when && !f.date) { f.date = when.date; f.dateAbsolute = when.absolute; }
      break;
    }
  }
  // "Marisol Iturbide … and Oren Shalev-Dunn … departed in May. Their new venture, called Halyard
  // Labs, …": the people whose departure the sentence before told founded it.
  sentences.forEach((s, j) => {
    const m = THEIR_NEW_VENTURE.exec(text.slice(s.start, s.end));
    if (!m || j === 0) return;
    const name = m[2]!.replace(/,$/, '');
    const org = canonical(name);
    const previous = sentences[j - 1]!;
    const leavers = facts.filter((f) => f.relation === 'left' && f.sentence.start === previous.start);
    const people = [...new Set(leavers.map((f) => f.person))].filter((p) => !facts.some((f) => f.person === p && f.relation === 'founded' && f.org === org));
    if ((m[1] === 'Their') !== (people.length > 1)) return;
    for (const person of people) {
      const left = leavers.find((f) => f.person === person)!;
      facts.push({ ...left, relation: 'founded', org, unit: null, role: null, cause: 'startup', sentence: s, rule: 'en:their-new-venture', date: left.date, dateAbsolute: left.dateAbsolute, confidence: 0.6 });
    }
  });
}

/** The knowledge base's name for a company it knows, else the name as written. */
function canonical(name: string): string {
  return loadOrgKb().resolve(name)?.org ?? name;
}

/** "这家新公司名为“X”", "新公司取名“X”", "该公司叫做「X」"; "The startup, X, came out of stealth", "Their new venture, called X". */
function companyNamedIn(sentence: string): string | null {
  const zh = NEW_COMPANY_NAMED.exec(sentence);
  if (zh) return zh[1]!.trim();
  const en = EN_COMPANY_NAMED.exec(sentence) ?? EN_CALLING_IT.exec(sentence);
  return en ? en[1]!.replace(/[,.]$/, '') : null;
}

const NEW_COMPANY_NAMED = /(?:(?:这家|该|其)?新(?:公司|创企)(?:的名字)?(?:名为|名叫|叫做|叫|取名为?|定名为?|命名为|就是)?|(?:这家|该|其)(?:公司|创企)(?:的名字)?(?:名为|名叫|叫做|取名为?|定名为?|命名为))\s*[“「"『]([^”」"』]{2,20})[”」"』]/;
const EN_NAME = String.raw`([A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|AI|Labs?))*)`;
const EN_COMPANY_NAMED = new RegExp(String.raw`\b(?:The|Their|His|Her|The new)\s+(?:new\s+)?(?:startup|start-up|venture|company|firm|lab|outfit|fund),\s+(?:called\s+|named\s+|dubbed\s+)?${EN_NAME},`);
/** "They're calling it hollowgram", "the company is called Quillon" (a name styled in lower case too). */
const EN_CALLING_IT = /(?:(?:\b(?:are|is|were|was)\s+|['’](?:re|s)\s+)calling\s+it|\bcall(?:ed)?\s+it|named\s+it|dubbed\s+it|christened\s+it|(?:the\s+)?(?:company|startup|start-up|venture)\s+is\s+called)\s+([A-Za-z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)/;
const THEIR_NEW_VENTURE = new RegExp(String.raw`\b(Their|His|Her)\s+new\s+(?:startup|start-up|venture|company|firm|lab|outfit),?\s+(?:called\s+|named\s+|dubbed\s+)?${EN_NAME}`);
