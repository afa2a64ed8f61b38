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

// (Letters beyond ASCII count as a word's letters: a name is not cut at "Wiś|niewski".)
const WORD = String.raw`\p{Lu}[\p{L}0-9.&'’-]*`;
/** One to four capitalised words; "AI", "Labs" and numbers may follow the first. */
const NAME = new RegExp(String.raw`(?<![\p{L}0-9])${WORD}(?:\s+(?:${WORD}|AI|\d+))*`, 'gu');
const COMPANY_LAST_WORDS = /\s(?:AI|Labs?|Inc\.?|Corp\.?|Technologies|Robotics|Systems|Analytics|Capital|Ventures|Partners|Therapeutics|Dynamics|Intelligence|Networks|Software|Semiconductors?|Motors|Holdings|Studios|Games|Computing|Code|Bio|Energy|Health|Security|Data|Cloud|Automation|Autonomy|Laboratory|Laboratories|Institute|University|Agency|Foundation|Authority|Hospital|Bank|Pharmaceuticals|Pharma|Biosciences|Biotech|Diagnostics|Genomics)$/;
/** "Founded this summer by former Apple engineers A and B, Kite Meridian builds …": the name after the opening. */
const FOUNDED_BY_BEFORE = /^(?:[^.;]*\s)?Founded\b[^.;]{0,150}?\bby\b[^.;]{3,140},\s+$/;
/** "Ferrovane emerged from stealth", "Omnibrine raised $5 million": what only a company does. */
const COMPANY_VERB_AFTER = /^\s+(?:has |have |had |also |recently |quietly |officially |finally )*(?:emerged from stealth|came out of stealth|raised|closed a|secured|is building|builds|develops|makes|sells|was spun out|spun out)\b/;
const STEALTH_AFTER = /^\s+(?:has |have |had |also |recently |quietly |officially |finally )*(?:emerged from stealth|came out of stealth|was spun out)\b/;
/** "the founder of search engine Sogou", "co-founder and CEO of Lumio". */
const FOUNDER_OF_BEFORE = /\b(?:co-?founder|founder|cofounder)s?(?: and [A-Za-z ]{2,30})? of (?:the )?(?:[a-z][\w-]* ){0,3}$/;
/** "coding startup Helix Code", "his own startup, Aperture Safety". */
const COMPANY_BEFORE = /\b(?:startup|start-up|company|firm|lab|maker|developer|rival|unicorn|provider|giant|platform|bank|fund|chipmaker|carmaker|venture|upstart|studio)(?:\s+|,\s+)$/i;
// (The apposition's head is the company word: not "X, a co-founder of the coding start-up Y".)
// ("Lu Xinyi, a core developer of DeepSeek's model": a developer with a person's rank is a person.)
// ("Helena Sundkvist, the Company's co-founder": a possessive company word is someone's employer.)
const COMPANY_AFTER = /^,\s+(?:a|an|the|its)\s+(?:(?!(?:of|at|for|with|from|in)\b)[\w-]+\s+){0,4}?(?:startup|start-up|upstart|outfit|company|firm|consultancy|carrier|conglomerate|publisher|broker|brokerage|lab|maker|(?<!\b(?:core|lead|senior|principal|staff|software|key|chief|former|longtime)\s)developer(?!\s+(?:at|with|on)\b)|provider|unicorn|bank|fund|chipmaker|carmaker|platform|group|venture(?!\s+capital)|manufacturer|supplier|subsidiary|spinout|spin-off|insurer|lender|retailer|marketplace)\b(?!['’]s)/i;
const TITLE_AFTER = /^\s+(?:co-?founders?|founders?|cofounders?|CEO|chief executive|president|chairman|board)\b/;
/** "Flipkart's senior vice president of engineering X": a possessor of an executive post (not
 * "Deshpande's co-founder", a person's partner). */
const POSSESSIVE_TITLE_AFTER = /^['’]s\s+(?:(?:former|then|new|longtime|senior|executive|chief|deputy|global|group)\s+)*(?:president|chief (?:executive|technology|operating|financial|product|marketing|revenue|AI|scientist)|CEO|CTO|COO|CFO|CPO|vice president|SVP|EVP|VP|head of|general counsel)\b/;
/** Not "joined" (one can join a person: "joined Elon Musk to build …") nor "launched" (a product). */
const EMPLOYMENT_BEFORE = /\b(?:from|at|co-?founded|founded|co-?found|leaving|left|quit|quitting|exits|exited|exiting|returning to|returned to|returns to|rejoined|rejoining|rejoins)\s+(?:[Tt]he\s+)?$/;
/** "Nokia has named …", "Bitmovin hired …": a one-word name that hires someone is an employer. */
const HIRES_AFTER = /^\s+(?:has |have |had |also |quietly |recently )*(?:hired|hires|named|names|appointed|appoints|poached|poaches|tapped|taps|recruited|recruits|rehired|rehires|(?:brought|brings|welcomed|welcomes) back|lured|lures)\s+[A-Z]/;
/** Bodies that appoint people without being an employer's name ("The Board appointed …"). */
const INSTITUTION_WORDS = /^(?:Board|Company|Committee|Council|Government|Ministry|Parliament|Congress|Senate|Court|Administration|Cabinet|Department|Agency|Group|Firm|Startup|Trustees|Shareholders|Investors|Management|Team|Bank|Fund|University)$/;
/** Capitalised words that are never a company on their own. */
const NOT_A_NAME = /^(?:Rivals|Others|Companies|Firms|Startups|Employers|Recruiters|Investors|Analysts|Sources|Employees|Engineers|Researchers|Executives|The|A|An|In|On|At|For|And|Of|To|By|With|From|As|But|This|That|These|Those|He|She|It|They|We|I|His|Her|Its|Their|Our|Separately|Meanwhile|However|Earlier|Later|Last|Next|According|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Chief|Vice|Senior|Former|Head|President|Director|Mr|Ms|Mrs|Dr|CEO|CTO|CFO|COO|French|German|Japanese|Chinese|American|British|Korean|Indian|Canadian|Israeli|Swedish|Dutch|Swiss|Italian|Spanish|European|Asian|Taiwanese|Singaporean|Australian|Brazilian|Russian|Finnish|Norwegian|Danish|Polish|Turkish|Saudi|Emirati|Vietnamese|Indonesian|Thai|Malaysian|Filipino)$/;

/** Capitalised phrases that name no company. */
const GENERIC = /^(?:Big Tech|Silicon Valley|Wall Street|Main Street|Valley|Street|Directors|Board of Directors|Board|Hangzhou|Beijing|Shanghai|Shenzhen|Guangzhou|Chengdu|Wuhan|Nanjing|Suzhou|Hong Kong|Taipei|Singapore|Tokyo|Seoul|Bangalore|Bengaluru|Mumbai|London|Paris|Berlin|Munich|Zurich|Stockholm|Amsterdam|Dublin|Toronto|Montreal|Boston|Seattle|Austin|New York|San Francisco|Los Angeles|Tel Aviv|Dubai|China|Japan|Korea|India|Europe|Asia|America|Britain|Germany|France|Israel|Canada|Australia|AI|AGI|ML|LLMs?|GPUs?|APIs?|IPO|SaaS|EV|EVs)$/;
/** "the AI agent startup Parallax Labs", "the Nvidia-backed chip firm X": a modifier of the company word that names the firm. */
const MODIFIES_COMPANY_WORD = /^\s+(?:[a-z][\w-]*\s+){0,3}(?:startup|start-up|company|firm|lab|maker|developer|unicorn|provider|upstart|studio)\s+(?:called\s+|named\s+)?[A-Z]/;

/**
 * A name styled in lower case ("a start-up called kernelpath", "moda9", "vikara.ai"): a digit or a
 * dot in it, or a naming verb before it, or a company word before it and punctuation after.
 */
const LOWER_NAME = /(?<![\w.@/-])[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*(?![\w@/-])/g;
// ("named" alone names posts too: "was named chief executive".)
const NAMING_BEFORE = /\b(?:(?:start-?up|company|firm|venture|lab|studio|business|outfit|project)\s+(?:called|named|dubbed)|calling it|christened|dubbed)\s+$/;
const STYLED = /\d|\.[a-z]{2,}$/;

function lowerCaseNames(sentence: string): EnglishOrgSpan[] {
  const out: EnglishOrgSpan[] = [];
  for (const m of sentence.matchAll(LOWER_NAME)) {
    const text = m[0];
    if (text.length < 4 || /^\d/.test(text) || /^(?:e\.g|i\.e|vs)$/.test(text)) continue;
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    const after = sentence.slice(m.index + text.length, m.index + text.length + 80);
    const inContext = COMPANY_BEFORE.test(before) || COMPANY_AFTER.test(after) || /\b(?:at|from|joined|joins|co-?founded|founded)\s+$/.test(before) || /\bcompany,\s+$/.test(before);
    const named = NAMING_BEFORE.test(before);
    // ("the start-up kernelpath, …", not "head of developer relations, …": a company word with a determiner before the name.)
    const introduced = /\b(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:startup|start-up|company|firm|lab|studio|venture|outfit|upstart),?\s+$/i.test(before) && /^\s*[,;:()]/.test(after);
    if (named || (inContext && (STYLED.test(text) || introduced))) {
      out.push({ start: m.index, end: m.index + text.length, text });
    }
  }
  return out;
}

/** `isSurname`: whether a word is a person's surname in the document ("Sam Altman … Altman hired"). */
/** Public bodies named "X of Y (and Z)": "the Ministry of Science and ICT", "Israel's Ministry for the Economy". */
const PUBLIC_BODY = /\b(?:[A-Z][\w-]*\s+){0,3}(?:Ministry|Department|Bureau|Directorate|Commission|Agency|Authority|Office)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w-]*){0,3}/g;

export function findEnglishOrgs(sentence: string, isSurname: (word: string) => boolean = () => false): EnglishOrgSpan[] {
  const out: EnglishOrgSpan[] = lowerCaseNames(sentence);
  for (const m of sentence.matchAll(PUBLIC_BODY)) {
    const text = m[0].replace(/^(?:The|A|An|Its|Their)\s+/, '');
    const start = m.index + m[0].length - text.length;
    if (!out.some((o) => o.start < start + text.length && start < o.end)) out.push({ start, end: start + text.length, text });
  }
  for (const m of sentence.matchAll(NAME)) {
    // Runs of the capitalised sequence between words that are never part of a name ("Meta CEO Mark").
    for (const run of runsOf(sentence, m[0], m.index)) {
      const { start, end, text } = run;
      const words = text.split(/\s+/);
      const before = sentence.slice(Math.max(0, start - 30), start);
      const after = sentence.slice(end, end + 80);
      const longBefore = sentence.slice(Math.max(0, start - 160), start);
      // ("Ex-Marqeta product chief X", "former Stripe engineer X": a former employer before a post.)
      // (Not after a possessive: "Huawei's former Pangu model chief" names a product.)
      // (Also a list of them in brackets: "(ex-DoubleVerify, ex-Integral Ad Science)".)
      const exInBrackets = /[(,]\s*ex-$/.test(sentence.slice(Math.max(0, start - 6), start)) && /^\s*[,)]/.test(after);
      const formerEmployer = exInBrackets || /(?:^|[\s(])(?:[Ee]x-|former\s+|Former\s+)$/.test(sentence.slice(Math.max(0, start - 8), start)) && !/['’]s\s+former\s+$/.test(sentence.slice(Math.max(0, start - 12), start)) && /^\s+(?:[a-z][\w-]*\s+){0,3}(?:chief|head|director|lead|executive|engineer|researcher|scientist|president|officer|manager|partner|designer|VP|SVP|CEO|CTO|COO|CFO|CPO)\b/.test(after);
      // ("xAI, the AI company Elon Musk founded that year": the subject of a relative clause, a person.)
      const relativeSubject = /^\s+(?:had\s+|has\s+)?(?:co-?founded|founded|started|launched|built|created|runs|ran|leads|led|set up)\b/.test(after);
      const byContext = formerEmployer || (COMPANY_BEFORE.test(before) && !relativeSubject) || FOUNDER_OF_BEFORE.test(before) || FOUNDED_BY_BEFORE.test(longBefore) || /^,\s+whose\s+(?:co-?)?founders?\b/.test(after)
        || (COMPANY_VERB_AFTER.test(after) && (words.length > 1 ? STEALTH_AFTER.test(after) : !isSurname(text) && !INSTITUTION_WORDS.test(text))) || COMPANY_AFTER.test(after) || TITLE_AFTER.test(after) || (words.length <= 2 && POSSESSIVE_TITLE_AFTER.test(after))
        || (words.length === 1 && HIRES_AFTER.test(after) && !INSTITUTION_WORDS.test(text) && !isSurname(text));
      // ("FuriosaAI", "ScaleOps": one word with a company word grown onto it.)
      // ("SK Telecom Co.", "Arm Holdings Plc": a legal form ends only a company's name.)
      // ("Checkout.com", "Scale.ai": a web address is a company's name.)
      const byShape = /^[A-Z][\w-]*\.(?:com|ai|io|co|net)$/.test(text) || (words.length > 1 && (COMPANY_LAST_WORDS.test(` ${words.at(-1)}`) || LEGAL_FORM.test(text))) || (words.length === 1 && /^[A-Z][a-z]{2,}(?:AI|Labs|Tech|Robotics|Bio)$/.test(text));
      // "takes over from Choi Min-seo, who …": a person, not where someone came from.
      // ("moved from Wise to Plaid": the second end of a move too.)
      const byVerb = (EMPLOYMENT_BEFORE.test(before) || /\b(?:moved|moves|moving|switched|jumped|went)\s+from\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}\s+to\s+$/.test(sentence.slice(Math.max(0, start - 60), start))) && !/^,\s*(?:who|whom)\b/.test(after) && !/\b(?:over|succeeds|replacing|replaces)\s+(?:from\s+)?$/.test(before);
      // "In Austin, a start-up called …": a place opening the sentence, not the start-up.
      if (/(?:^|[.!?]\s+)In\s+$/.test(sentence.slice(Math.max(0, start - 6), start))) continue;
      // "on June 1, the company said": a number left over from a date is no name.
      // ("the Company", "the Board": a press release's words for itself, not a name.)
      if ((byContext || byShape || byVerb) && !GENERIC.test(text) && !INSTITUTION_WORDS.test(text) && !/^\d+$/.test(text) && !(byVerb && !byContext && !byShape && MODIFIES_COMPANY_WORD.test(after)) && !out.some((o) => o.start < end && start < o.end)) out.push(withoutLegalForm(run));
    }
  }
  return out;
}

/** A legal form after a name ("Rakuten Group Inc.", "LINE Corp."): not part of the name reported. */
const LEGAL_FORM = /\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Plc|AG|SE|SA|GmbH|NV|N\.V|KK)\.?$/;

function withoutLegalForm(run: EnglishOrgSpan): EnglishOrgSpan {
  const form = LEGAL_FORM.exec(run.text);
  if (!form || form.index === 0) return run;
  return { start: run.start, end: run.start + form.index, text: run.text.slice(0, form.index) };
}

function runsOf(sentence: string, sequence: string, offset: number): EnglishOrgSpan[] {
  const runs: EnglishOrgSpan[] = [];
  let current: EnglishOrgSpan | null = null;
  for (const w of sequence.matchAll(/\S+/g)) {
    let word = w[0].replace(/(?:['’]s|[.,])$/, '');
    let start = offset + w.index;
    // "Ex-Marqeta product chief": the prefix is no part of the name.
    if (/^[Ee]x-[A-Z]/.test(word)) { word = word.slice(3); start += 3; }
    // "the Hangzhou-based company": an adjective, not a name.
    // ("Hong Kong-listed": the words before such an adjective belong to it, not to a name.)
    const adjective = /-(?:based|backed|listed|owned|born|headquartered|focused|made)$/i.test(word);
    if (NOT_A_NAME.test(word) || word === '' || adjective) {
      if (current && !adjective) runs.push(current);
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
