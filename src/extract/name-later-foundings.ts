import { loadOrgKb } from '../kb/org-kb.js';
import type { TextSpan } from '../text/split-sentences.js';
import type { TimeRef } from './mentions.js';
import type { RawFact } from './sentence-facts.js';

/**
 * A company founded without a name, named a sentence or two later: "将牵头成立一家面向端侧推理的
 * 芯片公司。…据悉，这家新公司名为“芯澜微电子”" — the founding is of 芯澜微电子. Fills `org` of
 * the founding facts whose company the sentence left unnamed, and their date from the naming
 * sentence when it gives one (成立于今年5月).
 */
export function nameLaterFoundings(facts: RawFact[], text: string, sentences: readonly TextSpan[], times: readonly TimeRef[]): void {
  for (const f of facts) {
    if (f.relation !== 'founded' || f.org !== null) continue;
    const k = sentences.findIndex((s) => s.start === f.sentence.start);
    if (k < 0) continue;
    for (let j = k + 1; j < Math.min(sentences.length, k + 4); j++) {
      const m = NEW_COMPANY_NAMED.exec(text.slice(sentences[j]!.start, sentences[j]!.end));
      if (!m) continue;
      const name = m[1]!.trim();
      f.org = loadOrgKb().resolve(name)?.org ?? name;
      // ("…名为“回响智能”，成立于今年5月": the founding date the naming sentence gives.)
      const s = sentences[j]!;
      const founded = /成立于|注册于|成立时间为?|创立于/.exec(text.slice(s.start, s.end));
      const at = founded ? s.start + founded.index + founded[0].length : -1;
      const when = founded ? times.find((t) => t.start >= at && t.start - at <= 2 && t.date) : undefined;
      if (when && !f.date) { f.date = when.date; f.dateAbsolute = when.absolute; }
      break;
    }
  }
}

/** "这家新公司名为“X”", "新公司取名“X”", "该公司叫做「X」", "新公司“X”已完成工商注册". */
const NEW_COMPANY_NAMED = /(?:(?:这家|该|其)?新(?:公司|创企)(?:的名字)?(?:名为|名叫|叫做|叫|取名为?|定名为?|命名为|就是)?|(?:这家|该|其)(?:公司|创企)(?:的名字)?(?:名为|名叫|叫做|取名为?|定名为?|命名为))\s*[“「"『]([^”」"』]{2,20})[”」"』]/;
