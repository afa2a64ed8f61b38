/**
 * Organisations the knowledge base does not know, in English sentences: a capitalised name that
 * its context says is a company — a company word before it ("coding startup Helix Code"), an
 * apposition after it ("Lumen Forge, a startup that …"), a founder or chief title after it
 * ("Tensorleaf AI co-founder …"), a company-like last word ("Parallax Labs"), or a verb or
 * preposition of employment before it ("from Morgan Stanley", "co-founded Cohere").
 */
export interface EnglishOrgSpan {
  start: number;
  end: number;
  text: string;
}

const WORD = String.raw`[A-Z][A-Za-z0-9.&'’-]*`;
/** One to four capitalised words; "AI", "Labs" and numbers may follow the first. */
const NAME = new RegExp(String.raw`(?<![A-Za-z0-9])${WORD}(?:\s+(?:${WORD}|AI|\d+))*`, 'g');
const COMPANY_LAST_WORDS = /\s(?:AI|Labs?|Inc\.?|Corp\.?|Technologies|Robotics|Systems|Analytics|Capital|Ventures|Partners|Therapeutics|Dynamics|Intelligence|Networks|Software|Semiconductors?|Motors|Holdings|Studios|Games|Computing|Code|Bio|Energy|Health|Security|Data|Cloud|Automation)$/;
/** "coding startup Helix Code", "his own startup, Aperture Safety". */
const COMPANY_BEFORE = /\b(?:startup|start-up|company|firm|lab|maker|developer|rival|unicorn|provider|giant|platform|bank|fund|chipmaker|carmaker|venture|upstart|studio)(?:\s+|,\s+)$/i;
const COMPANY_AFTER = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:startup|start-up|upstart|outfit|company|firm|lab|maker|developer|provider|unicorn|bank|fund|chipmaker|carmaker|platform|group)\b/i;
const TITLE_AFTER = /^\s+(?:co-?founders?|founders?|cofounders?|CEO|chief executive|president|chairman|board)\b/;
/** Not "joined" (one can join a person: "joined Elon Musk to build …") nor "launched" (a product). */
const EMPLOYMENT_BEFORE = /\b(?:from|at|co-?founded|founded|co-?found|leaving|left|quit|returning to|returned to|returns to|rejoined|rejoining|rejoins)\s+(?:the\s+)?$/;
/** Capitalised words that are never a company on their own. */
const NOT_A_NAME = /^(?:The|A|An|In|On|At|For|And|Of|To|By|With|From|As|But|This|That|These|Those|He|She|It|They|We|I|His|Her|Its|Their|Our|Separately|Meanwhile|However|Earlier|Later|Last|Next|According|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Chief|Vice|Senior|Former|Head|President|Director|Mr|Ms|Mrs|Dr|CEO|CTO|CFO|COO)$/;

/** Capitalised phrases that name no company. */
const GENERIC = /^(?:Big Tech|Silicon Valley|Wall Street|Main Street|Valley|Street)$/;

export function findEnglishOrgs(sentence: string): EnglishOrgSpan[] {
  const out: EnglishOrgSpan[] = [];
  for (const m of sentence.matchAll(NAME)) {
    // Runs of the capitalised sequence between words that are never part of a name ("Meta CEO Mark").
    for (const run of runsOf(sentence, m[0], m.index)) {
      const { start, end, text } = run;
      const words = text.split(/\s+/);
      const before = sentence.slice(Math.max(0, start - 30), start);
      const after = sentence.slice(end, end + 80);
      const byContext = COMPANY_BEFORE.test(before) || COMPANY_AFTER.test(after) || TITLE_AFTER.test(after);
      const byShape = words.length > 1 && COMPANY_LAST_WORDS.test(` ${words.at(-1)}`);
      // "takes over from Choi Min-seo, who …": a person, not where someone came from.
      const byVerb = EMPLOYMENT_BEFORE.test(before) && !/^,\s*(?:who|whom)\b/.test(after) && !/\b(?:over|succeeds|replacing|replaces)\s+(?:from\s+)?$/.test(before);
      if ((byContext || byShape || byVerb) && !GENERIC.test(text)) out.push(run);
    }
  }
  return out;
}

function runsOf(sentence: string, sequence: string, offset: number): EnglishOrgSpan[] {
  const runs: EnglishOrgSpan[] = [];
  let current: EnglishOrgSpan | null = null;
  for (const w of sequence.matchAll(/\S+/g)) {
    const word = w[0].replace(/(?:['’]s|[.,])$/, '');
    const start = offset + w.index;
    // "the Hangzhou-based company": an adjective, not a name.
    if (NOT_A_NAME.test(word) || word === '' || /-(?:based|backed|listed|owned|born|headquartered|focused|made)$/i.test(word)) {
      if (current) runs.push(current);
      current = null;
      continue;
    }
    if (current) { current.end = start + word.length; current.text = sentence.slice(current.start, current.end); }
    else current = { start, end: start + word.length, text: word };
    // A possessive ends the name ("Meta's FAIR lab").
    if (word !== w[0] && /['’]s$/.test(w[0])) { runs.push(current); current = null; }
  }
  if (current) runs.push(current);
  return runs;
}
