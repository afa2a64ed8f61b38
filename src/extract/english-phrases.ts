/**
 * The phrases around an English verb that say which organisation and post it is about: the
 * organisation after the verb ("joined Reflection AI", "as chief scientist at Meta"), one a relative
 * clause hangs on ("X, the startup he co-founded"), the founder of a "founded by" list, the post after
 * "as", and where a clause ends.
 */

import type { DocumentState } from './document-state.js';
import type { OrgRef } from './mentions.js';

// (A short time may stand before "by": "was co-founded earlier this year by".)
// (Also "Insilico Medicine, the AI drug developer founded by …": a description between.)
const FOUNDED_BY = /(?:([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}),?\s*(?:which|that|(?:the|a|an)\s+(?:[\w-]+\s+){1,5}?|(?:the|a|an)\s+[^;.()]{3,120}?,\s+)?\s*|\b[Tt]he (?:company|startup|start-up|firm|lab)\s+)(?:was|is|had been)?\s*(?:co-?)?founded (?:(?:in \d{4}|earlier this year|this year|last year|(?:in|last) (?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)(?: \d{4})?) )?by\s+/g;
/** Titles before a founder's name in the list ("by CEO X, …; CTO Y …; and head of product Z"). */
const TITLE_WORDS = String.raw`(?:(?:professor|researcher|engineer|scientist|entrepreneur|investor|serial|veteran|computer|head|of|product|engineering|research|technology|operations|design|marketing|sales|growth|chief|executive|officer|scientist|president|vice|senior|principal|lead|its|former|co-?founder|cofounder|chairman|chairwoman|director|managing|partner|general|counsel|finance|business|development|AI|data|CEO|CTO|COO|CFO|CPO|CSO)\s+){0,4}`;
// Right after "by" the first founder may be described more freely ("by hedge fund manager X", "by
// former SenseTime vice-president X"); later items only by their titles, so a clause after a name
// ("…by A, has recruited B") is no list.
const FIRST_FOUNDER = new RegExp(String.raw`^(?:(?:[A-Z][\w.&'’-]*|[a-z][\w-]*)\s+){0,5}$`);
const NEXT_FOUNDER = new RegExp(String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)${TITLE_WORDS}$`);

/**
 * "SenseTime, founded by X", "Moonshot AI, which was co-founded by X", "The firm was founded in
 * 2023 by X, who …, and Y, a former …": the organisation founded by a person of that list.
 */
export function founderOfFoundedBy(text: string, orgs: OrgRef[], state: DocumentState, from: number, personStart: number): { org: { org: string; unit: string | null }; at: number } | null {
  const lead = text.slice(from, personStart);
  const m = [...lead.matchAll(FOUNDED_BY)].at(-1);
  if (!m) return null;
  // Semicolons separate the founders of a list whose items hold commas.
  const raw = lead.slice(m.index + m[0].length);
  const rest = raw.replace(/;\s*/g, ', ');
  if (!FIRST_FOUNDER.test(rest) && (!NEXT_FOUNDER.test(rest) || breaksClause(rest) || rest.length > (raw === rest ? 160 : 280))) return null;
  const at = from + m.index + m[0].search(/(?:co-?)?founded/);
  // ("It was co-founded in March by": "It" is the company the sentence before is about.)
  if (!m[1] || /^(?:It|This|That)$/.test(m[1])) {
    // "The firm": the organisation the sentence before is about (its first), else the last one named.
    // (The previous sentence's own end and the blank line after it are left out of the search.)
    const before = text.slice(0, from).replace(/[\s.!?]+$/, '');
    const previousStart = Math.max(...['. ', '! ', '? ', '\n'].map((mark) => before.lastIndexOf(mark)), 0);
    // (Its subject, not an organisation after a preposition: "Spun out of ETH Zurich's lab, Ferrovane emerged …".)
    const inPrevious = state.recentOrgs.filter((o) => o.start >= previousStart && o.end <= from);
    const recent = inPrevious.find((o) => !/\b(?:of|from|at|by|with|in|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, o.start - 12), o.start))) ?? inPrevious[0] ?? state.recentOrgs.at(-1);
    return recent ? { org: { org: recent.org, unit: recent.unit }, at } : null;
  }
  const nameEnd = from + m.index + m[1].length;
  const o = orgs.find((x) => x.end === nameEnd);
  return { org: o ? { org: o.org, unit: o.unit } : { org: m[1].replace(/['’]s$/, ''), unit: null }, at };
}

/** A full stop or semicolon between two points, not counting abbreviations (Baidu Inc.'s, Jr.). */
export function breaksClause(between: string): boolean {
  // (A full stop inside a name, "JD.com", "01.AI", ends nothing.)
  return /;|\.(?=\s|$)/.test(between.replace(/\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Dr|Mr|Ms|Mrs|St|Bros|No|U\.S|[A-Z])\./g, ''));
}


/** The organisation right after a verb: a known one, or a capitalised name ("Reflection AI"). */
export function orgAfter(text: string, orgs: OrgRef[], from: number, to: number, passive: boolean): { org: string; unit: string | null } | null {
  const reach = passive ? 90 : 70;
  const window = text.slice(from, Math.min(to, from + (passive ? 90 : 45)));
  const known = orgs.find((o) => o.start >= from && o.start - from < reach);
  if (known) {
    const gap = text.slice(from, known.start);
    // (Also past an adjective of place or listing: "founded Hong Kong-listed computer-vision group X".)
    if (!breaksClause(gap) && (passive || /^\s*,?\s*(?:called\s+|named\s+|the\s+|its\s+|their\s+|(?:[A-Z][\w.]*\s+){0,2}[\w.]+-(?:listed|based|backed|owned|headquartered)\s+|(?:[\w-]+\s+){0,2}?(?:startup|start-up|company|firm|lab|maker|developer|rival|group)\s+|AI\s+|rival\s+|as [^,]+ (?:at|of)\s+|from\s+|at\s+|to\s+|(?:his|her|their)\s+(?:former\s+|old\s+)?(?:boss|colleagues?|mentor|team|co-founders?)\s+at\s+(?:(?:[\w-]+\s+){0,3}?(?:firm|startup|start-up|company|lab)\s+)?|(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:bureau|division|unit|department|team|lab|office|center|centre)\s+(?:at|of)\s+(?:the\s+)?|(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:job|role|post|position|seat)\s+(?:at|with)\s+)*$/i.test(gap) || gap.length < 3)) return { org: known.org, unit: known.unit };
    if (passive && /\b(?:at|of|by)\s+(?:the\s+)?$/.test(gap)) return { org: known.org, unit: known.unit };
  }
  if (passive) return null;
  const m = /^\s*,?\s*(?:as (?:its |the )?[a-z][a-z -]{1,40}? (?:of|at) )?(?:called\s+|named\s+)?(?:the\s+|startup\s+|AI\s+startup\s+|company\s+)?((?:[A-Z][A-Za-z0-9.&'-]*)(?:\s+(?:[A-Z][A-Za-z0-9.&'-]*|AI|Labs?|Inc\.?|Technologies|Intelligence)){0,3})/.exec(window);
  if (!m || /-(?:based|listed|backed|owned|headquartered)\b/.test(m[1]!) || /^(?:Big Tech|Silicon Valley|Wall Street)\b/.test(m[1]!) || /^(?:In|On|At|As|The|A|An|He|She|They|It|This|Last|Earlier|Later|After|Before|Since|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(m[1]!.split(' ')[0]!) || /^(?:Company|Firm|Startup|Start-up|Group|Board|Team|Lab|Labs|Venture|Fund)$/.test(m[1]!) || COUNTRY.test(m[1]!)) return null;
  return { org: m[1]!.replace(/['’]s$/, '').replace(/[.,]$/, ''), unit: null };
}

/** A country or region is never the organisation after a verb ("has become one of China's …"). */
const COUNTRY = /^(?:China|Chinese|America|American|US|U\.S|USA|UK|Britain|Japan|Korea|South Korea|India|Europe|Asia|Germany|France|Israel|Singapore|Taiwan|Hong Kong|Canada|Australia|Silicon Valley|Hangzhou|Beijing|Shanghai|Shenzhen|Guangzhou|Chengdu|Taipei|Tokyo|Seoul|Bangalore|Bengaluru|London|Paris|Berlin|Munich|Zurich|Stockholm|Dublin|Toronto|Boston|Seattle|New York|San Francisco|Tel Aviv|Dubai)(?:['’]s)?$/;

const RELATIVE_HEAD = /([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:startup|start-up|company|firm|lab|venture|business|fund|group|studio|maker)\s+(?:that\s+|which\s+)?$/;

/** "X, the AI startup (that) he co-founded": X, when the text right before the subject reads so. */
export function companyHeadingRelative(text: string, orgs: OrgRef[], from: number, subjectStart: number): { org: string; unit: string | null } | null {
  const m = RELATIVE_HEAD.exec(text.slice(from, subjectStart));
  if (!m) return null;
  const end = from + m.index + m[1]!.length;
  const known = orgs.find((o) => o.end === end);
  if (known) return { org: known.org, unit: known.unit };
  return /^(?:The|A|An|He|She|It|They)$/.test(m[1]!.split(' ')[0]!) ? null : { org: m[1]!, unit: null };
}

export function roleAfterAs(text: string, from: number, to: number): string | null {
  const window = text.slice(from, to);
  const m = /^\s*(?:,\s*)?as\s+(?:its\s+|the\s+|a\s+|an\s+)?([A-Za-z -]{2,60}?)(?=\s+(?:at|of|for|in|on|from|after|before|when|to|following|amid|but|while|effective|until|with|starting|later|earlier|last|this|next|and (?:will|is|has|was|had|then))\b|[,.;]|$)/i.exec(window);
  if (!m) return null;
  // "as head of product at OpenAI": a title's lower-case "of" phrase is part of it (not "of Rivian").
  const of = /\b(?:head|director|president|chief|officer|VP|lead|manager)$/i.test(m[1]!) ? /^\s+of\s+((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:at|for|in|on|from|after|before|when|to|following|amid)\b|[,.;]|$)/.exec(window.slice(m[0].length)) : null;
  return of && !/^(?:the|its|a|an)\b/.test(of[1]!) ? `${m[1]!.trim()} of ${of[1]}` : m[1]!.trim();
}
