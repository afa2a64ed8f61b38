import { comparePartialDates, type PartialDate } from '../time/partial-date.js';
import type { TextSpan } from '../text/split-sentences.js';
import type { Cause, Relation } from './fact.js';
import { within, type OrgRef, type PersonRef } from './mentions.js';
import { dateLeavingsByMove, type RawFact, type SentenceInput } from './sentence-facts.js';
import { breaksClause, companyHeadingRelative, founderOfFoundedBy, orgAfter, roleAfterAs } from './english-phrases.js';

/** True when a sentence is written in English (Latin letters far outnumber Chinese characters). */
export function isEnglishSentence(text: string, s: TextSpan): boolean {
  let latin = 0;
  let han = 0;
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  // A short sentence counts too ("Bo Li left Meta.": 11 letters); a Chinese one with a Latin name
  // in it has more Han characters than a quarter of its letters.
  return latin >= 8 && han * 4 < latin;
}

interface VerbRule {
  re: RegExp;
  relation: Relation;
  /** subject: person before, organisation after; agent: organisation before, person after; passive: person before, organisation after "by/at". */
  frame: 'subject' | 'agent' | 'passive';
  cause?: Cause;
  /** The organisation may be left unnamed ("left to start his own company"). */
  orgOptional?: boolean;
  /** Only a named organisation counts as the object (a launched product is no company). */
  knownOrgOnly?: boolean;
  /** A post, not a move, when the person is already at that organisation ("became president of"). */
  newPostOnly?: boolean;
  /** Only when the sentence also gives the person a former post ("X, formerly …, is now …"). */
  afterFormerOnly?: boolean;
}

const AUX = String.raw`(?:(?:has|have|had|will|would|is|was|has been|had been|is set to|is expected to|plans to|reportedly|officially|recently|quietly|formally|also|then|later|just|finally|abruptly|suddenly)\s+)*`;
const RULES: VerbRule[] = [
  { re: new RegExp(String.raw`\b${AUX}(?:join(?:ed|s|ing)?|re-?join(?:ed|s|ing)?|return(?:ed|s|ing)? to|(?:is |are )?coming back to|(?:is |are )?coming back(?=\s*[,.;])|went on to (?:run|lead|head)|["“]?boomerang(?:ing|ed|s)?["”]? back to|went back to|moved to|move to|defected to|jump(?:ed|s) to|jump(?:ed|s|ing)? ship (?:to|for)|sign(?:ed|s)? on with|(?:took|takes|take|taking) the helm (?:of|at)|decamp(?:ed|s|ing)? to|(?:came|comes|coming) (?:over )?to|(?:is |was )?head(?:ing|ed)? to|will head to|start(?:ed|s)? at|land(?:s|ed|ing)? at)\b`, 'gi'), relation: 'joined', frame: 'subject' },
  { re: new RegExp(String.raw`\b${AUX}(?:left|leav(?:es|ing)(?! for)|(?<!\b(?:parental|maternity|paternity|medical|unpaid|sick|extended|administrative|personal|temporary|of) )(?<!\b(?:take|takes|taking|took|on)\s+(?:a\s+)?(?:[\w-]+\s+){0,2})leave(?! of absence)|walk(?:ed|s|ing)? away from|walk(?:ed|s|ing)? away(?! from)|jump(?:ed|s|ing)? ship(?! to| for)|(?<=\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir) )last day(?: (?:at|with))?|mov(?:e|ed|ing) on from|(?:is|was) out(?= as (?:[\w-]+ ){1,6}?(?:at|of) )|hand(?:ed|s)? in (?:his|her|their) (?:badge|notice|resignation)|depart(?:ed|s|ing)?(?: from)?|quit|quits|exit(?:ed|s|ing)|quitting|resign(?:ed|s|ing)? from|resign(?:ed|s|ing)?|parted ways with|(?:was|were|has been|had been) (?:briefly |abruptly |suddenly )?(?:fired|dismissed|ousted|let go|laid off|pushed out) (?:from|by|at)|(?:was|were|has been|had been) (?:briefly |abruptly |suddenly )?(?:fired|dismissed|ousted|let go|laid off|pushed out)|retire[sd]?(?: from)?|retiring(?: from)?)\b`, 'gi'), relation: 'left', frame: 'subject', orgOptional: false },
  // "rival Rebellions lost its chief strategy officer, Noh Sung-bin": the organisation loses the person.
  { re: /\b(?:has |have |had )?lost\b(?= (?:its|their) )/gi, relation: 'left', frame: 'agent' },
  // "Baidu has fired Chen Hao": the organisation lets the person go.
  { re: /\b(?:has |had |have )?(?:fired|fires|dismissed|dismisses|ousted|ousts|sacked|sacks)\b(?! (?:from|by|at)\b)/gi, relation: 'left', frame: 'agent', cause: 'dismissed' },
  // "AgiBot parted ways with its vice-president of sales, Ma Jingtao": the company lets someone go.
  { re: /\b(?:has |had |have )?parted ways with\b(?= (?:its|their) )/gi, relation: 'left', frame: 'agent' },
  { re: /\b(?:is |was |has been )?(?:leaving|left|departing|departed|defecting|defected|quits?|quitting) (?:\w+ )?for\b/gi, relation: 'joined', frame: 'subject' },
  { re: new RegExp(String.raw`\b${AUX}(?:co-?founded|founded|(?<!\b(?:its|the|their|his|her|since|at)\s)found(?:s|ing)(?! (?:members?|team|engineers?|partners?|investors?|fathers?|mothers?|CEO|director))|(?:to )?co-?found|to found(?= [A-Z]| (?:a|an|his|her|their) )|(?:start(?:ed|s|ing)?|to start) (?:a new company|(?:his|her|their|my) own (?:company|startup|start-up|firm|venture)|a company|a startup|an? AI startup)|set up|established)\b`, 'gi'), relation: 'founded', frame: 'subject', orgOptional: true },
  // "launched a venture-backed startup called Tessellate Labs", "spun out his own startup, Aperture Safety".
  { re: /\b(?:launch(?:ed|es|ing)?|start(?:ed|s|ing)?|spun (?:out|off)|spins (?:out|off)|formed|set up) (?:a|an|his|her|their)(?: own)?(?: [\w$-]+){0,3}? (?:startup|start-up|company|venture|firm|lab|studio|fund)\b(?:,| called| named)?/gi, relation: 'founded', frame: 'subject', orgOptional: true },
  // "He started out designing memory controllers at IBM in 1998": the first employer of a career.
  { re: /\b(?:start(?:ed|s|ing)|beg(?:an|ins|inning)) (?:out|(?:his|her|their) career)(?: [\w-]+){0,4}? (?:at|with)\b(?= (?:the )?[A-Z])/g, relation: 'joined', frame: 'subject' },
  // "who went to Anthropic in March": a move, when where they went is a company the text names.
  { re: /\bwent (?:over )?to\b/g, relation: 'joined', frame: 'subject', knownOrgOnly: true },
  // "started Quillon Semiconductor": a start is a founding only when what was started is a company.
  { re: /\bstart(?:ed|s)\b(?= (?:the )?[A-Z0-9])/g, relation: 'founded', frame: 'subject', knownOrgOnly: true },
  // "formerly the program's supply-chain lead, is now chief operating officer at Kinetix": a post
  // somewhere else after a former one (a current post alone is no move: see newPostOnly and FORMER).
  { re: /\b(?:is|are) now (?:the |a |an |its )?(?:[\w-]+ ){0,5}?(?:at|of)\b(?= (?:the )?[A-Z0-9])/g, relation: 'joined', frame: 'subject', newPostOnly: true, afterFormerOnly: true },
  // "launched 01.AI": a launch is a founding only when what was launched is a known company.
  { re: /\blaunch(?:ed|es)\b(?= (?:the )?[A-Z0-9])/g, relation: 'founded', frame: 'subject', knownOrgOnly: true },
  { re: new RegExp(String.raw`\b${AUX}(?:step(?:ped|s|ping)? (?:down|back|aside)|will step down|transition(?:ed|s)? to (?:an )?advis[oe]ry role|(?:take|takes|took|taking|is taking|will take) (?:a )?(?:(?:[\w-]+ ){1,3}of )?(?:medical |temporary |personal |parental |maternity |paternity |unpaid |sick |extended )?(?:leave of absence|sabbatical|leave(?= from| of| in| at| for| until|[,.;]))|(?:will )?hand(?:s|ed|ing)? (?:over )?the (?:CEO|chief executive|top) (?:role|job|post)|(?:give|gives|gave|giving|would give|will give) up (?:his|her|their) (?:[\w-]+ )?(?:role|post|position|job|title)|hand(?:s|ed)? (?:over )?the reins)\b`, 'gi'), relation: 'stepped_down', frame: 'subject', orgOptional: true },
  // "announced his departure on Wednesday": a leaving stated as a noun.
  { re: /\b(?:announced|announces|confirmed|confirms) (?:his|her|their) (?:departure|exit|resignation)(?: from)?\b/gi, relation: 'left', frame: 'subject' },
  // "would take a three-month leave for health reasons": a break with the tie kept.
  { re: /\b(?:will |would |to )?(?:take|takes|taking|took|go on|goes on|went on)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}leave\b(?! of absence from)/gi, relation: 'stepped_down', frame: 'subject' },
  // "will give up that role but keep her seat on the board" (a tie kept makes it a step down).
  { re: /\b(?:will |to )?giv(?:e|es|ing) up (?:that|the|her|his|their|its) (?:role|post|position|title|job)\b/gi, relation: 'left', frame: 'subject' },
  // (Not a passive's participle: "was poached last month by X" is read by the passive rule.)
  { re: /(?<!\b(?:was|were|been|being|be|is|are|get|got)\s)\b(?:(?:is|are) (?:set|poised|expected|about|preparing|planning) to hire|(?:will|plans to) hire|hired|hires|has hired|appointed|appoints|has appointed|named|names|has named|poached|poaches|tapped|taps|recruited|recruits|brought in|brings in|brought on|(?:has |have )?(?:brought|brings|welcomed|welcomes) back|lured|lures|rehired|rehires|re-hired|announced the appointment of|announces the appointment of|(?:has |have |had )?(?:now |also )?been joined by|was joined by)\b/gi, relation: 'joined', frame: 'agent' },
  // Not "promoted": a promotion is a new post at the same employer, no move.
  { re: /\b(?:was|were|has been|have been|will be|is being|had been)\s+(?:appointed|named|hired|tapped|poached|recruited)\b/gi, relation: 'joined', frame: 'passive' },
  // "became chief executive of Microsoft AI": a post at another organisation is a move.
  // ("to become head of chip design at Apple": the of/at before a name, not the first one.)
  { re: /\b(?:became|becomes|will become|has become|to become)\s+(?:its |the |a )?(?:new |first )?(?:[A-Za-z-]+ ){0,6}(?:of|at)\b(?= (?:the )?(?:[a-z-]+ ){0,2}[A-Z0-9])/g, relation: 'joined', frame: 'subject', newPostOnly: true },
];
/** Whether an English sentence has any of the verbs or appositives the English rules read. */
export function mayStateEnglishFact(sentence: string): boolean {
  if (/\b(?:former|ex-|formerly|previously|until recently|(?:co-?|co)?founders?|alum|alumn(?:us|a|i)|(?:moved|switched|jumped) from|(?:posted|written) by)\b/i.test(sentence)) return true;
  // (A post quoted after its author, "X posted: "I'm …"", tells a move in the first person.)
  if (/\b(?:posted|wrote|writes|shared)\b[^.]{0,30}:\s*["“]/.test(sentence)) return true;
  return RULE_TESTS.some((re) => re.test(sentence));
}

/** The rules' patterns without the global flag, for a yes/no test that keeps no state. */
const RULE_TESTS = RULES.map((rule) => new RegExp(rule.re.source, 'i'));

/** A successor's verb before the predecessor's name. */
const SUCCEEDS = /\b(?:replaces|replacing|will replace|succeeds|succeeding|will succeed|takes over from|taking over from|will take over from)\s+/g;
/** A negation just before a verb ("was not", "has never", "won't", "did not"). */
const NEGATED = /\b(?:not|never|n['’]t|no longer)\s+(?:(?:be|been|have|yet|actually|really)\s+)?$/i;
const AUX_ONLY = new RegExp(`^${AUX}`, 'i');
const FORMER = /\b(?:former|ex-|formerly (?:of|at|with)|previously (?:at|with|worked at)|who (?:previously |once |formerly )?(?:worked|served) (?:at|for|as))\s*/gi;
/** "Apple's head of AI models, X", "X, who co-led OpenAI's superalignment team": where X worked. */
const CURRENT_AFTER = /^,\s*(?:who (?:co-)?(?:led|leads|ran|runs|headed|heads|worked at|works at|oversaw|oversees)|(?:(?:a|an|the) )?(?:[a-z-]+ )*(?:at|of))\s/;
const FOUNDER = /\b(?:co-?founder|founder|cofounder)s?\b/gi;
// (Also an object after a hiring verb: "Argonne named him in May", "brought her back".)
const PRONOUN = /\b(?:He|She|he|she)\b|(?<=\b(?:hired|named|appointed|tapped|poached|recruited|rehired|lured|brought|welcomed)\s)(?:him|her(?=\s+(?:to|as|in|on|back|away|from|last|this|earlier)\b|[,.;]))\b/g;
/** "I" as a subject (not a Roman numeral: "World War I", "Series I"). */
const FIRST_PERSON = /\b(?:[Mm]y(?= last day\b)|I)(?=\s+last|['’](?:m|ve|ll|d)\b|\s+(?:am|have|had|was|will|would|joined|left|decided|started|start|begin|join|leave|return|rejoin|rejoined|returned|founded|co-founded|quit|moved|just|also|officially|recently|feel|can|could|couldn['’]t)\b)/g;
const FIRST_PERSON_WORD = /^(?:I|[Mm]y)$/;
/** Rules that tell a founding in passing, beside a name (not whom a later "He" means). */
const APPOSITIVE_FOUNDING = /^en:(?:founded-by|founder-title|its-founders|partner-co-founder)$/;
/** Words after a speaker's name: "Jane Doe wrote on LinkedIn:", "Doe said". */
const SPEAKS_AFTER = /^\s*(?:,\s*(?:a|an|the|who)\b[^,]{0,60},\s*)?(?:wrote|writes|said|says|posted|shared|added|announced|told)\b/;
/** Words before a speaker's name: "…," said Jane Doe; "Posted by Jane Doe". */
const SPEAKS_BEFORE = /(?:\b(?:said|says|wrote|writes|added)|[Pp]osted by|\bBy)\s+$/;
/** A sentence opening with a description of a person ("The former OpenAI research lead,", "The 45-year-old engineer has"). */
const DESCRIPTION = /^(?:(?:In|On|Last|Earlier|This)\s[\w ]{1,20},\s+)?(The\s+(?:(?:\d+-year-old|former|ex-|onetime|one-time|veteran|longtime|serial|[A-Z][\w.&-]*|[a-z-]+)\s+){0,5}?)((?:executive|exec|engineer|researcher|scientist|lead|leader|founder|co-founder|cofounder|entrepreneur|veteran|alum|alumnus|alumna|officer|manager|director|chief|president|designer|technologist|professor|chairman|chairwoman))(?=\s*,|\s+(?:who|has|had|is|was|will|joined|left|said|previously|also|then|later|now)\b)/;
/** Past ties read beside a name, dated by the move the same sentence tells (as in Chinese). */
const ENGLISH_PAST_TIE_RULES: ReadonlySet<string> = new Set(['en:hired-post-at', 'en:hired-titled', 'en:former-appositive', 'en:veteran', 'en:years-at', 'en:previous-post']);
/** "Dr. Feng previously served as a Principal Researcher at Microsoft Research Asia": a past tie. */
// (Also "had earlier worked at Alibaba", "earlier interned at …": the employer right after the verb.)
const PREVIOUS_POST = /(?:,\s+until recently|\b(?:previously|formerly|earlier|before that|prior to that|until recently)\s+(?:served|worked|was|interned)|(?:was|had) (?:previously|formerly|earlier)(?: been)?|was until recently|(?:hiring|luring|poaching|bringing) (?:him|her|them) (?:away|back) from)(?:\s+as)?(?:\s+[^;.]{0,70}?)??(?:\s+(?:at|with|for))?\s+(?:the\s+)?$/i;
/** "Others to have jumped ship … include", "Departures this year include": a list of people who left. */
const LEAVERS_INCLUDE = /\bAlso (?:leaving|departing|exiting|out) (?:are|is)\b|\b(?:(?:others|those|executives|engineers|researchers|names|people|leaders|veterans)\b[^;.]{0,40}?\b(?:to have |who have |who (?:recently )?)?(?:left|departed|quit|jumped ship|exited|walked out|defected)|departures|exits|defections)\b[^;.]{0,60}?\binclud(?:e|es|ed)\b/i;
/** "held the same role at ", "worked at ", "was a director with ": a tenure, before "X until …". */
const TENURE_AT = /\b(?:(?:ran|led|headed|oversaw|managed|co-led)\s+(?:the\s+)?|(?:held\s+(?:the same|a similar|that|this|the|a)\s+(?:[\w-]+\s+)?(?:role|post|position|job|title)|worked|was|served(?:\s+as\s+[^,;.]{1,40}?)?)\s+(?:[^,;.]{0,40}?\s)?(?:at|with|for)\s+(?:the\s+)?)$/;
/** "career took him from " (before the first employer of a chain of moves). */
const CAREER_CHAIN = /(?:\b(?:His|Her|Their)\s+)?\b(?:career|path|journey)\s+(?:has\s+)?(?:took|takes|taken|led|leads|has taken|has led)\s+(?:him|her|them)\s+from\s+(?:the\s+)?/;
/** "until September was head of AI at ", "until last month served as … of ": a post held until a time. */
const UNTIL_POST = /\buntil\s+([^,;.]{2,25}?)\s*,?\s+(?:was|served as|worked as|had been|led|ran|headed)\b[^;.]{0,70}?\b(?:at|of|with)\s+(?:the\s+)?$/;
/** "had been (the) … at/of " before an organisation, or "had been " before its possessive (not in a "who had been" clause, read elsewhere). */
const HAD_BEEN_POST = /(?<!\bwho\s)\bhad (?:previously |long |formerly |most recently )?been\s+(?:(?:the|its|a|an)\s+)?(?:((?:[\w-]+\s+){1,5}?)(?:at|of|with)\s+(?:the\s+)?)?$/i;
/** Words that make a phrase a post ("chief executive", "head of research", "a senior engineer"). */
const POST_HEAD = /\b(?:chief|CEO|CTO|COO|CFO|CPO|head|president|vice|director|lead|leader|officer|executive|manager|engineer|researcher|scientist|founder|co-founder|partner|chairman|chairwoman|VP|SVP|EVP|GM|architect|designer|principal)\b/i;
/** "Founded in 2019 by Mr. Yu Haoran and Ms. Tang Xiaowei, Qingyun Intelligence develops …". */
// (Also "Founded this summer by", "Founded last year by", "Founded in March by".)
const FOUNDED_BY_OPENING = /\bFounded\s+(?:in\s+(?:\w+\s+)?\d{4}\s+|in\s+[A-Z][a-z]+\s+|(?:this|last)\s+(?:year|spring|summer|autumn|fall|winter|month)\s+|earlier this year\s+)?by\s+([^,;]{3,120}?),\s+$/;
/** "after seven years at Amazon Web Services", "spent a decade at ASML", "a stint at Google Brain": a past tie. */
const YEARS_AT = /\b(?:after|spent|following|spending|with|over|ending)\s+(?:(?:a|an|the|more than|nearly|almost|about|over|some|his|her|their|[\w-]+)\s+){0,3}?(?:years?|decades?|months?|stint|tenure|spell|run)\s+(?:(?:as|in|on|for)\s+[^,;.]{1,40}?\s+)?(?:at|with)\s+(?:the\s+)?$/i;

/**
 * Career-move facts of one English sentence: "X joined Y", "Y hired X as …", "X was appointed …
 * at Y", "X left / departed / resigned from Y", "X co-founded Y", "X stepped down as … of Y",
 * "former Y researcher X", "Y co-founder X".
 */
export function englishFactsOfSentence(input: SentenceInput): RawFact[] {
  const { text, sentence, mentions, state } = input;
  const orgs = within(mentions.orgs, sentence.start, sentence.end).slice();
  const persons = within(mentions.persons, sentence.start, sentence.end).filter((p) => /[A-Za-z]/.test(p.name) || p.resolved);
  const s = text.slice(sentence.start, sentence.end);
  const namedPeople = persons.slice(); // before pronouns are added
  for (const m of s.matchAll(PRONOUN)) {
    const at = sentence.start + m.index;
    // "Daniel Gross said he is stepping down": a name earlier in the sentence, else the document's focus.
    const earlier = [...namedPeople].reverse().find((p) => p.end <= at && !breaksClause(text.slice(p.end, at)) && !/^['’]s\b/.test(text.slice(p.end, p.end + 3)));
    const referent = earlier ? nameOf(earlier) : state.focusAt(input.index);
    if (referent && !persons.some((p) => p.start <= at && p.end > at)) persons.push({ start: at, end: at + m[0].length, name: referent, source: 'known', resolved: referent });
  }
  // "I've decided to move on", "I'm thrilled to join Y": the speaker of the quote or post — named in
  // this sentence ("…," said X / X wrote:) or in one just before ("X wrote on LinkedIn:").
  const speakerHere = namedPeople.find((p) => SPEAKS_AFTER.test(text.slice(p.end, p.end + 90)) || SPEAKS_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 24), p.start)));
  if (speakerHere) { state.speaker = { name: nameOf(speakerHere), sentence: input.index }; state.setFocus(nameOf(speakerHere), input.index); }
  const speaker = speakerHere ? nameOf(speakerHere) : state.speaker && input.index - state.speaker.sentence <= 4 ? state.speaker.name : null;
  for (const m of s.matchAll(FIRST_PERSON)) {
    const at = sentence.start + m.index;
    const referent = speaker ?? state.focusAt(input.index);
    if (referent && !persons.some((p) => p.start <= at && p.end > at)) persons.push({ start: at, end: at + m[0].length, name: referent, source: 'known', resolved: referent });
  }
  // "The former OpenAI research lead, who left in 2023 …": a description opening the sentence is
  // the person the text is about (news names someone once, then describes them).
  const described = namedPeople.length === 0 ? DESCRIPTION.exec(s) : null;
  const describedFocus = described ? state.focusAt(input.index) : null;
  if (described && describedFocus) {
    const at = sentence.start + described.index + described[0].length;
    persons.push({ start: at - described[2]!.length, end: at, name: describedFocus, source: 'known', resolved: describedFocus });
  }
  persons.sort((a, b) => a.start - b.start);
  // (A document or the company itself is no hearsay: "according to an internal memo seen by Caixin",
  // "according to her LinkedIn profile", "according to a company statement".)
  const hedged = /\b(?:reportedly|according to(?! (?:an? |the |his |her |its |their )?(?:internal |company |official |regulatory |stock[- ]exchange )?(?:memo|e-?mail|letter|filing|statement|post|announcement|press release|LinkedIn|profile|spokes(?:person|man|woman)|company|notice))|sources said|people familiar|is said to|rumou?red|is expected to|plans to|(?:media|press|newspapers?|outlets?)\s+(?:reported|reports|said)|reports said|it (?:was|is) reported)\b/i.test(s);
  const times = within(mentions.times, sentence.start, sentence.end).filter((t) => t.date);
  const verbStarts: number[] = [];
  /**
   * The time of the verb at `pos`: one after it in its clause ("left on Monday", "launched Y, in
   * 2025", "left X to found Y in 2019"), else one just
   * before it with no other verb or comma between ("said on Monday he is stepping down"), else one
   * heading the sentence before every verb ("In March, X joined …"). A time that belongs to another
   * verb ("who joined OpenAI last year, has left") does not date this one.
   */
  const dateNear = (pos: number, relation: Relation | null = null) => {
    const prev = verbStarts.filter((v) => v < pos).at(-1) ?? sentence.start;
    const next = verbStarts.find((v) => v > pos) ?? sentence.end;
    // (Not past a coordinated verb when this one starts a tenure: "began his career at X and joined Y
    // in 2016" dates only joined; "resigned from X and joined Y in 2024" is one move, dated once.)
    const coordinated = relation === 'joined' && next < sentence.end && /\band\s+(?:then\s+|later\s+)?$/.test(text.slice(Math.max(pos, next - 12), next));
    // (Not a time inside a relative clause after the verb: "from Kakao, where she had worked since 2021".)
    // (Nor, for a verb inside a relative clause, a time past the clause's end: "X, who left in 2023
    // to co-found Y, said on Monday".)
    const inRelative = /,\s*(?:who|which)\b[^,;]*$/.test(text.slice(sentence.start, pos));
    const after = times.find((t) => t.start > pos && ((t.end <= next && !inRelative) || (!coordinated && !/[,;]/.test(text.slice(pos, t.start)))) && !/,\s*(?:where|who|whom|which|whose)\b/.test(text.slice(pos, t.start)));
    // "until 2023, when he left": the time the when-clause hangs on.
    const before = times.filter((t) => t.end <= pos && t.start >= prev && (!/[,;]/.test(text.slice(t.end, pos)) || /^[^,;]*,\s*when\b[^,;]*$/.test(text.slice(t.end, pos)))).at(-1);
    const heading = times.find((t) => t.end <= (verbStarts[0] ?? pos) && t.start - sentence.start < 30 && /^[\s,]*$/.test(text.slice(sentence.start, t.start).replace(/\b(?:In|On|Since|By|Back|Earlier|Late|Early)\b/gi, '')));
    // "…, the company said on Tuesday": the report dates a move that has no time of its own.
    const reported = times.find((x) => /\b(?:said|says|announced|confirmed|reported|disclosed|wrote|added|told [A-Z][\w ]{0,30}?)\s+(?:on\s+|late\s+|early\s+)?$/.test(text.slice(Math.max(sentence.start, x.start - 40), x.start)));
    const t = after ?? before ?? heading ?? reported;
    return t ? { date: t.date as PartialDate, absolute: t.absolute } : { date: null, absolute: false };
  };
  /** "joined OpenAI from Google DeepMind": the organisation is where someone came from. */
  const cameFrom = (o: OrgRef): boolean => /\bfrom\s+(?:the\s+)?$/.test(text.slice(o.start - 10, o.start));
  /** Organisations of the person's own apposition, between the name and the verb (", who had been … at Anthropic,"). */
  const ownOrgs = (p: PersonRef, verbStart: number): OrgRef[] =>
    /^,\s*(?:who|a|an|the|previously|formerly|its|his|her|[a-z])/i.test(text.slice(p.end, p.end + 16))
      ? orgs.filter((o) => o.start > p.end && o.end <= verbStart)
      : [];
  /** The organisation that opens the sentence (after a dateline), if the verb is its predicate. */
  const sentenceSubjectOrg = (before: number): OrgRef | undefined => {
    const first = orgs.find((o) => o.end <= before);
    if (!first) return undefined;
    // A dateline ("SAN JOSE, Calif., Feb. 10, 2026 /PRNewswire/ --") ends with a dash.
    // (After a dateline, or a time heading the sentence: "In March, Zhipu AI, which …, said".)
    const lead = text.slice(sentence.start, first.start).replace(/^[^!?]{0,90}?(?:--|—|–)\s*/, '').replace(/^(?:In|On|By|Earlier|Last|This)\s+[\w ]{1,20},\s*/, '');
    return lead.trim() === '' && !persons.some((p) => p.start > first.end && p.end <= before) ? first : undefined;
  };
  /** The organisation the sentence before this one opens with ("Nahal Labs, …, was founded …. The company has …"). */
  const previousSentenceOpener = (): OrgRef | undefined => {
    let end = sentence.start;
    while (end > 0 && /[\s.!?]/.test(text[end - 1]!)) end--;
    const start = Math.max(...['. ', '! ', '? ', '\n'].map((mark) => (end >= mark.length ? text.lastIndexOf(mark, end - mark.length) : -1)), 0);
    return mentions.orgs.find((o) => o.start >= start && o.end <= sentence.start && o.start - start <= 3);
  };
  /** "appointed Yoo Kyung-ah, a professor at …, to its board as an outside director": a board seat (not another name's). */
  const toBoardOf = (person: PersonRef): boolean => {
    const m = /^[^.;]{0,120}?\bto (?:its|the|their) (?:board|supervisory board)\b/i.exec(text.slice(person.end, person.end + 160));
    return m !== null && !persons.some((q) => q.start > person.end && q.start < person.end + m[0].length);
  };
  /** "X, the AI drug developer founded by A, has named …": X, when an apposition runs from it to the verb. */
  const appositionSubject = (verbStart: number): OrgRef | undefined => {
    const first = orgs[0];
    if (!first || first.start - sentence.start > 2) return undefined;
    const rest = text.slice(first.end, verbStart);
    // (Also "SambaNova Systems, co-founded by Stanford University professor Kunle Olukotun, has hired".)
    return /^,\s+(?:(?:the|a|an)\s|(?:co-?)?founded\s+(?:in\s+\d{4}\s+)?by\s|backed\s+by\s|owned\s+by\s)[^;]{3,160}?,\s*(?:has |have |had |also |recently |now |quietly )*$/.test(rest) && !/[.;]/.test(rest.replace(/\b(?:Inc|Corp|Ltd|Co|U\.S)\./g, '')) ? first : undefined;
  };
  /**
   * The organisation a verb without an object means for a person: their own apposition's (", who
   * had been … at Anthropic,"; not the one they came from), the one titling their name ("Zhipu
   * co-founder X"), where the document last placed them, or the one it is about.
   */
  const contextOf = (p: PersonRef, verbStart: number): { org: string; unit: string | null } | null => {
    // (Not one the apposition says they left: "X, who left the Fraunhofer Institute in 2015 and founded Auerwerk, will hand over the CEO role".)
    const own = ownOrgs(p, verbStart).find((o) => !cameFrom(o) && !/\b(?:left|quit|departed|exited)\s+(?:the\s+)?$/.test(text.slice(Math.max(p.end, o.start - 12), o.start)));
    const titled = [...orgs].reverse().find((o) => o.end <= p.start && p.start - o.end < 40 && /^(?:['’]s?)?\s+(?:[\w-]+\s+){0,4}$/.test(text.slice(o.end, p.start)) && !/\b(?:former|ex-)/i.test(text.slice(o.end, p.start)));
    // "Kwan Siu-ming, the unit's former head of simulation, left in January": the unit just named.
    const possessor = /^,\s*the (unit|company|group|firm|lab|start-?up|bank|carrier|chipmaker|carmaker)['’]s\b/.exec(text.slice(p.end, p.end + 30));
    // (A unit's the last unit named; a company's the last organisation.)
    const last = possessor ? [...state.recentOrgs].reverse().find((o) => possessor[1] !== 'unit' || o.unit !== null) : undefined;
    if (last) return { org: last.org, unit: last.unit };
    // "At ByteDance itself, X, head of …, stepped aside": the organisation the sentence opens at.
    const atOpening = orgs.find((o) => o.end <= p.start && /^\s*(?:At|Inside|Over at|Within|Meanwhile at|Elsewhere at)\s+$/.test(text.slice(sentence.start, o.start)) && /^(?:\s+(?:itself|Co\.?|Inc\.?|Corp\.?|Ltd\.?))?\s*,/.test(text.slice(o.end, o.end + 10)));
    const found = own ?? titled ?? atOpening;
    if (found) return { org: found.org, unit: found.unit };
    // "Recursion said its chief scientific officer, X, resigned": the organisation whose post it is.
    if (/\b(?:its|their)\s+(?:[\w-]+[\s,]+){1,5}$/.test(text.slice(Math.max(sentence.start, p.start - 60), p.start))) {
      const possessor = [...orgs].reverse().find((o) => o.end <= p.start && p.start - o.end < 60);
      if (possessor) return { org: possessor.org, unit: possessor.unit };
    }
    return state.affiliations.get(nameOf(p)) ?? (state.dominantOrg ? { org: state.dominantOrg, unit: null } : null);
  };
  const facts: RawFact[] = [];
  /** `dated`: read the time near the verb (true), none (false), or this one. */
  const push = (person: string, relation: Relation, org: { org: string; unit: string | null } | null, at: number, rule: string, cause: Cause | null = null, role: string | null = null, dated: boolean | { date: PartialDate; absolute: boolean } = true) => {
    if (mentions.pseudonyms.has(person)) return;
    // ("named X as its new chief AI officer on Thursday, effective April 1": the date it takes effect.)
    const effective = dated === true ? times.find((t) => t.date && t.start > at && /\beffective\s+(?:on\s+|from\s+|as of\s+)?$/i.test(text.slice(Math.max(sentence.start, t.start - 20), t.start))) : undefined;
    const when = effective ? { date: effective.date as PartialDate, absolute: effective.absolute } : dated === true ? dateNear(at, relation) : dated === false ? { date: null, absolute: false } : dated;
    // (A founder title tells no date of its own: the company's founding date, if the text gives one, dates it.)
    const fromTitle = /^en:(?:founder-title|whose-founder|partner-co-founder)$/.test(rule);
    facts.push({ person, relation, org: org?.org ?? null, unit: org?.unit ?? null, role, date: when.date, dateAbsolute: when.absolute, status: hedged ? 'reported' : 'confirmed', cause, confidence: org ? 0.85 : 0.6, sentence, rule, ...(fromTitle ? { fromTitle } : {}) });
  };

  // Current employers stated beside a name, before any verb is read ("Apple's head of AI, X, is leaving").
  for (const p of persons) {
    const before = text.slice(Math.max(sentence.start, p.start - 60), p.start);
    const after = text.slice(p.end, Math.min(sentence.end, p.end + 60));
    const possessive = [...orgs].reverse().find((o) => o.end <= p.start && p.start - o.end < 50 && /^'s?\b/.test(text.slice(o.end, o.end + 2)) && !/\b(?:former|ex-)/i.test(text.slice(o.end, p.start)));
    const current = possessive ?? (CURRENT_AFTER.test(after) ? orgs.find((o) => o.start >= p.end && o.start - p.end < 50) : undefined);
    if (current && !/\b(?:former|ex-)/i.test(before.slice(-30)) && !state.affiliations.has(nameOf(p))) state.affiliations.set(nameOf(p), { org: current.org, unit: current.unit });
  }
  // "Others to have jumped ship in recent months include Tencent's A, …; B, …; and C, a
  // vice-president at JD.com's cloud unit": each leaves the employer the list gives them.
  const chainStart = semicolonChainStart(text, sentence.start);
  const leavers = LEAVERS_INCLUDE.exec(text.slice(chainStart, sentence.end));
  if (leavers) {
    const listStart = chainStart + leavers.index + leavers[0].length;
    for (const p of namedPeople) {
      if (p.start < listStart) continue;
      const after = text.slice(p.end, Math.min(sentence.end, p.end + 60));
      const possessive = [...orgs].reverse().find((o) => o.end <= p.start && p.start - o.end < 50 && o.end >= Math.max(listStart, sentence.start) && /^'s?\b/.test(text.slice(o.end, o.end + 2)));
      const employer = possessive ?? (CURRENT_AFTER.test(after) ? orgs.find((o) => o.start >= p.end && o.start - p.end < 50 && !namedPeople.some((q) => q.start > p.end && q.start < o.start)) : undefined);
      // (One whose employer the list does not name left the company the text is about.)
      const left = employer ? { org: employer.org, unit: employer.unit } : state.dominantOrg ? { org: state.dominantOrg, unit: null } : null;
      if (left) push(nameOf(p), 'left', left, p.start, 'en:leavers-include', null, null, false);
    }
  }
  const matches = RULES.flatMap((rule) => {
    rule.re.lastIndex = 0;
    return [...s.matchAll(rule.re)].map((m) => ({ rule, m }));
  }).sort((a, b) => a.m.index - b.m.index);
  for (const { m } of matches) verbStarts.push(sentence.start + m.index);
  let lastHirer: OrgRef | undefined;
  for (const { rule, m } of matches) {
    {
      const vStart = sentence.start + m.index;
      const vEnd = vStart + m[0].length;
      // "she was not leaving", "has never left": a negated move is none.
      if (NEGATED.test(text.slice(Math.max(sentence.start, vStart - 24), vStart)) || /^(?:not|never)\b/i.test(m[0].replace(AUX_ONLY, ''))) continue;
      // "a habit of leaving jobs just as they get interesting": a habit, no move.
      if (rule.relation === 'left' && /^\s+(?:jobs|roles|positions|posts|companies|employers)\b/.test(text.slice(vEnd, vEnd + 14))) continue;
      if (rule.frame === 'agent') {
        // The hirer stands just before the verb, or opens the sentence ("Lumora Robotics, a developer of
        // warehouse systems, today announced the appointment of …").
        // ("Isomorphic Labs, the … company spun out of Google DeepMind, has hired": the head of the
        // apposition, not the organisation inside it.)
        // ("X has hired A, …, and poached B from Y": the second verb shares the first one's hirer.)
        const coordinated = lastHirer && /(?:,\s*|\s)and\s+(?:also\s+)?$/.test(text.slice(Math.max(sentence.start, vStart - 12), vStart)) ? lastHirer : undefined;
        const hirer = coordinated ?? appositionSubject(vStart) ?? [...orgs].reverse().find((o) => o.end <= vStart && vStart - o.end < 40) ?? sentenceSubjectOrg(vStart);
        if (hirer) lastHirer = hirer;
        // "The company named X as its new CEO": the organisation the text is about.
        // (Also "Earlier this month it also hired …": "it" is the company the sentence before opened with.)
        const leadIn = text.slice(Math.max(sentence.start, vStart - 30), vStart);
        const itHires = !hirer && /(?:^|[,;]\s*|\b(?:month|week|year|Monday|Tuesday|Wednesday|Thursday|Friday),?\s+)it\s+(?:has |had |also |then |already |recently |quietly |now )*$/.test(leadIn);
        const theCompany = !hirer && (itHires || /\b[Tt]he (?:company|startup|start-up|firm|lab|chipmaker|carmaker|automaker|giant|group|search giant)\s+(?:has |had |have |also |then |already |recently |quietly |now )*$/.test(leadIn));
        // ("The startup has already hired …": the start-up the text told the founding of.)
        const startup = theCompany && /\b[Tt]he (?:startup|start-up)\b/.test(leadIn) && state.lastFounded ? { org: state.lastFounded, unit: null } : undefined;
        // (The company the sentence before is about — its first organisation — else the last one named.)
        const previousSubject = theCompany ? previousSentenceOpener() : undefined;
        const recent = theCompany ? startup ?? previousSubject ?? (itHires ? undefined : state.recentOrgs.at(-1)) : undefined;
        const agent = hirer ?? recent;
        // (Also past a long object: "hired the founding team of Cortexa, a Tel Aviv … startup, earlier
        // this month, including its co-founder and chief executive, Yael Ben-Harush".)
        const including = /\bincluding\b/.exec(text.slice(vEnd, sentence.end));
        const first = persons.find((p) => p.start >= vEnd && p.start - vEnd < 80)
          ?? (including ? persons.find((p) => p.start > vEnd + including.index && p.start - vEnd - including.index < 70) : undefined);
        // "hired three researchers from OpenAI, including A, B and C": everyone in the list.
        const listed = first ? [first] : [];
        for (const q of persons) {
          if (!first || q.start <= listed.at(-1)!.start) continue;
          // (Also "CEO Varun Mohan and co-founder Douglas Chen": a title before the next name.)
          if (/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:its|his|her|their|fellow)\s+)?(?:(?:[a-z][\w-]*|CEO|CTO|COO|CFO)\s+){0,3}$/.test(text.slice(listed.at(-1)!.end, q.start))) listed.push(q);
          else if (q.start > listed.at(-1)!.end) break;
        }
        // (Also "hired the founding team of Cortexa": the company they leave.)
        const fromOrg = first ? orgs.find((o) => o.start >= vEnd && o.end <= first.start && (/\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(vEnd, o.start - 12), o.start)) || /^\s+(?:the|most of|all of)\s+(?:founding team|founders|co-founders|team behind|staff|employees)\s+(?:of\s+)?$/.test(text.slice(vEnd, o.start)))) : undefined;
        if (rule.relation === 'left') {
          for (const person of agent ? listed : []) {
            push(nameOf(person), 'left', agent!, vStart, `en:agent:${m[0]}`, rule.cause ?? null);
            // "GovTech has lost its AI chief, X, to Grab": where they went.
            // (An unknown employer there is the capitalised name after "to".)
            const to = /lost/.test(m[0]) ? /^(?:,[^;.]{0,60}?,|,)?\s+to\s+(?:rival\s+|the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})/.exec(text.slice(person.end, sentence.end)) : null;
            const destStart = to ? person.end + to[0].length - to[1]!.length : -1;
            const dest = to ? orgs.find((o) => o.start === destStart) ?? { org: to[1]!, unit: null } : undefined;
            if (dest && dest.org !== agent!.org) push(nameOf(person), 'joined', dest, vStart, 'en:lost-to');
          }
          continue;
        }
        for (const person of agent ? listed : []) {
          if (/^[^.;]{0,40}?\bto (?:its|the|their) board\b/.test(text.slice(person.end, person.end + 60))) continue;
          // "appointed X, a former Qualcomm executive, as an independent non-executive director": a board seat.
          if (/^[^.;]{0,140}?\bas (?:an? )?(?:independent|non-executive|outside)\b[^.;]{0,30}?\bdirector\b|^[^.;]{0,80}?\bas (?:a )?board (?:member|director)\b/i.test(text.slice(person.end, person.end + 200))
            || toBoardOf(person)) continue;
          // "The company also named Lee Ha-neul, who led its DRAM design team, as CTO": someone already there is promoted.
          if (/^,\s+who\s+(?:led|leads|heads|headed|ran|runs|oversees|oversaw|manages|managed)\s+(?:its|the company's|their)\b/.test(text.slice(person.end, person.end + 40))) continue;
          if (fromOrg && fromOrg.org !== agent!.org) push(nameOf(person), 'left', fromOrg, vStart, 'en:hired-from');
          // "poached X, a principal scientist at Google DeepMind": where the hire worked until now.
          // (Also "X, chief scientist of Shanghai-based start-up StepFun": no article, a description.)
          const post = /^,\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,5}?(?:at|of|with)\s+(?:the\s+)?(?:[\w-]+-based\s+)?(?:(?:[\w-]+\s+)?(?:start-?up|company|firm|lab|unicorn)\s+)?$/;
          // ("poached X, who led multimodal research for Alibaba's models": the possessor of what they led.)
          const led = /^,\s*who\s+(?:previously\s+|until recently\s+)?(?:led|ran|headed|oversaw|managed|co-led)\s+(?:[\w-]+\s+){0,4}?(?:(?:at|of|for|on)\s+)?(?:the\s+)?$/;
          const was = orgs.find((o) => o.start > person.end && o.start - person.end < 70 && (post.test(text.slice(person.end, o.start)) || ((/^,\s*$/.test(text.slice(person.end, o.start)) || led.test(text.slice(person.end, o.start))) && /^['’]s\s/.test(text.slice(o.end, o.end + 3)))));
          if (was && was.org !== agent!.org) push(nameOf(person), 'left', was, vStart, 'en:hired-post-at', null, null, false);
          // "Meta has hired Anthropic researcher Noor Haddad": the employer titling the name.
          // (Also "hired Apple's top AI models executive Ruoming Pang": a possessive, an acronym.)
          // (Also "hired away Apple Inc.'s head of foundation models, Ruben Aldecoa": a title in apposition.)
          const titled = orgs.find((o) => o.end <= person.start && o.start >= vEnd && (/^(?:['’]s)?\s+(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){1,4}$/.test(text.slice(o.end, person.start)) || /^['’]s\s+(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,5}(?:[a-z][\w-]*|[A-Z]{2,4}),\s+$/.test(text.slice(o.end, person.start))) && !/\b(?:former|ex-)/.test(text.slice(o.end, person.start)));
          if (titled && titled.org !== agent!.org) push(nameOf(person), 'left', titled, vStart, 'en:hired-titled', null, null, false);
          const back = /\bback\b/i.test(text.slice(person.end, person.end + 12));
          // ("has been joined by P … as a third co-founder": a co-founder who arrives founds the company.)
          const hiredRole = roleAfterAs(text, person.end, sentence.end);
          const asCoFounder = /^[^.;]{0,120}?\bas\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?co-?founder\b/i.test(text.slice(person.end, sentence.end));
          if ((hiredRole && /\bco-?founder\b/i.test(hiredRole)) || asCoFounder) push(nameOf(person), 'founded', agent!, vStart, `en:agent:${m[0]}:co-founder`, null, hiredRole);
          else push(nameOf(person), 'joined', agent!, vStart, `en:agent:${m[0]}`, back || /\bback$/i.test(m[0]) ? 'return' : /poach/i.test(m[0]) ? 'poached' : null, hiredRole);
          state.affiliations.set(nameOf(person), { org: agent!.org, unit: agent!.unit });
          // "… poached X back from Character.AI": where they came from.
          // (Also past an apposition: "lured X, a veteran memory architect, away from Micron".)
          const from = /^(?:,[^,;.]{1,70},)?\s*(?:back\s+|away\s+)?from\s+/i.exec(text.slice(person.end, person.end + 100));
          const source = from ? orgs.find((o) => o.start >= person.end && o.start - person.end <= from[0].length + 1) : undefined;
          if (source && source.org !== agent!.org) push(nameOf(person), 'left', source, vStart, 'en:hired-from');
        }
        continue;
      }
      // Not a possessor ("Elon Musk's xAI … has resigned"): the subject stands on its own.
      // "he quit Google and, with former Broadcom engineer Wei-Lin Chang, started Quillon": the one
      // after "with" is a partner, the subject stands before.
      const isPartner = (p: PersonRef) => /\bwith\s+(?:(?:former|ex-|fellow|longtime)\s+)?(?:[\w-]+\s+){0,4}$/.test(text.slice(Math.max(sentence.start, p.start - 60), p.start)) && /^\s*,/.test(text.slice(p.end, p.end + 2));
      // (Not a name inside an organisation's apposition: "left Krutrim, the AI company founded by Ola's
      // Bhavish Aggarwal, in January to join Tesla".)
      const inOrgApposition = (p: PersonRef) => /,\s+(?:the|an?)\s+[^,;]*?\b(?:co-?founded|founded|led|run|started|backed|owned)\s+by\s+(?:[\w'’.-]+\s+){0,2}$/.test(text.slice(Math.max(sentence.start, p.start - 80), p.start)) && /^\s*,/.test(text.slice(p.end, p.end + 2));
      const candidates = [...persons].reverse().filter((p) => p.end <= vStart && vStart - p.end < 150 && !breaksClause(text.slice(p.end, vStart)) && !/^['’]s\b/.test(text.slice(p.end, p.end + 3)) && !inOrgApposition(p));
      const partners: PersonRef[] = [];
      while (candidates[0] && isPartner(candidates[0]) && candidates.length > 1) partners.push(candidates.shift()!);
      // ("Gao, who joined Moonshot in 2023 shortly after Yang Zhilin founded the start-up, is expected
      // to start at ByteDance": the head of the relative clause, not a name inside it.)
      // (Not a second subject after "and": "A, who led …, and B, an engineer …, departed".)
      const inner = candidates[0];
      const relativeHead = inner ? candidates.find((q) => q !== inner && /^,\s+who\b[^;]*,\s*(?:(?:is|was|has|had|will)\s+)?$/.test(text.slice(q.end, vStart))
        && !/(?:,\s*|\s)and\s+$/.test(text.slice(q.end, inner.start)) && !/^\s*,/.test(text.slice(inner.end, vStart))) : undefined;
      if (relativeHead && candidates[0] && candidates[0].start > relativeHead.end) candidates.splice(0, candidates.indexOf(relativeHead));
      const subject = candidates[0];
      // ("Krutrim, the AI company founded by Bhavish Aggarwal": a passive founding names its founder after "by".)
      if (rule.relation === 'founded' && /^\s+by\b/.test(text.slice(vEnd, vEnd + 4))) continue;
      // "…; both were poached by Alibaba": the people the list before the semicolon named.
      if (!subject && rule.relation === 'joined' && /^\s*(?:both|they|the two|all (?:three|four|five))\s*$/i.test(text.slice(sentence.start, vStart))) {
        const listed = within(mentions.persons, semicolonChainStart(text, sentence.start), sentence.start).filter((p) => p.source !== 'known');
        const hirer = orgAfter(text, orgs, vEnd, sentence.end, rule.frame === 'passive');
        if (hirer) for (const p of listed) push(nameOf(p), 'joined', hirer, vStart, `en:${m[0].trim()}:listed`);
        continue;
      }
      if (!subject) continue;
      // "A, who ran …, and B, a lead on …, both joined Anthropic": everyone named before "both".
      // ("Ex-Canva lead A and former Adobe engineer B have co-founded X": the pair founded it.)
      // ("Marisol Iturbide, who led work on interpretability tooling, and Oren Shalev-Dunn, an engineer
      // on the Claude Code team, departed in May": two subjects, each with an apposition.)
      const pairedBefore = persons.filter((p) => p.end <= subject.start && p.source !== 'known' && p.start >= sentence.start && nameOf(p) !== nameOf(subject)
        && ((rule.relation === 'founded' && /^\s+and\s+(?:(?:former|ex-)[\s\w-]{0,60}?\s)?$/.test(text.slice(p.end, subject.start)))
          // ("Sonnetic co-founders Aditi Gokhale and Jonas Feldberg will join Google DeepMind".)
          || (/^\s+and\s+$/.test(text.slice(p.end, subject.start)) && !/^['’]s\b/.test(text.slice(subject.end, subject.end + 3)))
          // ("Bae Joon-seok, Kim Da-eun and Han Tae-gyun -- joined": every name of a plain list.)
          || (/^(?:,\s+|,?\s+and\s+)$/.test(text.slice(p.end, (persons.find((r) => r.start > p.end) ?? subject).start)) && persons.filter((q) => q.start > p.end && q.end <= subject.start).every((q) => /^(?:,\s+|,?\s+and\s+)$/.test(text.slice(q.end, (persons.find((r) => r.start > q.end) ?? subject).start))))
          || /^,\s+(?:who\s+[^,;.]{3,80}|an?\s+[^,;.]{3,80}|the\s+[^,;.]{3,80}|(?:former|ex-)[^,;.]{3,80}),\s+and\s+$/.test(text.slice(p.end, subject.start))));
      const coSubjects = /\b(?:both|all|each)\s+$/.test(text.slice(sentence.start, vStart))
        ? persons.filter((p) => p.end <= subject.start && p.source !== 'known' && nameOf(p) !== nameOf(subject) && !breaksClause(text.slice(p.end, vStart)) && !/^['’]s\b/.test(text.slice(p.end, p.end + 3)))
        : pairedBefore;
      const partnerOrg = rule.relation === 'founded' && partners.length ? orgAfter(text, orgs, vEnd, sentence.end, false) : null;
      if (partnerOrg) for (const partner of partners) push(nameOf(partner), 'founded', partnerOrg, vStart, 'en:with-partner');
      let org = orgAfter(text, orgs, vEnd, sentence.end, rule.frame === 'passive');
      // "was hired away from Qualcomm in San Diego by Nvidia in 2009": the hirer after "by"; the
      // organisation after "(away) from" is the one left.
      if (rule.frame === 'passive') {
        const clauseEnd = verbStarts.find((v) => v > vStart) ?? sentence.end;
        const byOrg = orgs.find((o) => o.start > vEnd && o.start < clauseEnd && /\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(vEnd, o.start - 8), o.start)));
        const awayFrom = orgs.find((o) => o.start >= vEnd && o.start - vEnd < 30 && /^\s+(?:away\s+)?from\s+(?:the\s+)?$/.test(text.slice(vEnd, o.start)));
        if (byOrg && awayFrom && byOrg.org !== awayFrom.org) {
          org = { org: byOrg.org, unit: byOrg.unit };
          push(nameOf(subject), 'left', awayFrom, vStart, 'en:hired-away-from');
        }
      }
      // "was tapped to lead the company": the company the text is about.
      if (!org && rule.frame === 'passive' && /^\s+to (?:lead|run|head|helm|steer) the (?:company|startup|start-up|firm)\b/.test(text.slice(vEnd, vEnd + 40))) {
        const about = state.dominantOrg ?? state.recentOrgs.at(-1)?.org;
        if (about) org = { org: about, unit: null };
      }
      // "is returning to Nio's Shanghai headquarters": a move inside the company.
      if (rule.relation === 'joined' && /^\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s\s+(?:[A-Z][\w-]*\s+)?(?:headquarters|HQ|head office|offices?|campus|base)\b/.test(text.slice(vEnd, vEnd + 60))) continue;
      // "will join Tessellate's board", "joined the board of X": a board seat is no job.
      if (rule.relation === 'joined' && /^\s+(?:the\s+(?:[A-Z][\w.&-]*\s+){0,2}board\b|[^.;,]{0,40}?['’]s\s+board\b|(?:its|their|the company's)\s+board\b)/.test(text.slice(vEnd, vEnd + 60))) continue;
      // "Safe Superintelligence, the startup he co-founded": the company the relative clause is about.
      if (!org && rule.relation === 'founded') org = companyHeadingRelative(text, orgs, sentence.start, subject.start);
      // "Daon Labs … today announced that X will join the company": the organisation the sentence opens with.
      // ("The company also said Kavya Hegde would join on July 1": the company the sentence before opened with.)
      if (!org && rule.relation === 'joined' && /^\s*The (?:company|firm|group|start-up|startup|bank|lab)\s+(?:also\s+|separately\s+)?(?:said|announced|confirmed)\b/.test(text.slice(sentence.start, subject.start))) {
        const opened = previousSentenceOpener();
        if (opened) org = { org: opened.org, unit: opened.unit };
      }
      if (!org && rule.relation === 'joined' && /^\s+the (?:company|startup|start-up|firm|group|team)\b/.test(text.slice(vEnd, vEnd + 20))) {
        const opener = sentenceSubjectOrg(subject.start);
        if (opener) org = { org: opener.org, unit: opener.unit };
      }
      // "She joined the Tokyo start-up in 2018": the one the sentence before named.
      if (!org && rule.relation === 'joined' && /^\s+the\s+(?:[\w-]+\s+){1,3}?(?:company|startup|start-up|firm|lab|chipmaker|carmaker|retailer|bank)\b/.test(text.slice(vEnd, vEnd + 50)) && !orgs.some((o) => o.start >= sentence.start && o.end <= vStart)) {
        const named = state.recentOrgs.at(-1);
        if (named) org = { org: named.org, unit: named.unit };
      }
      // A launched company is one the knowledge base knows as such, or one the text calls a company.
      if (rule.knownOrgOnly && !(org && orgs.some((o) => (o.known ? o.unit === null : true) && o.org === org!.org && o.start >= vEnd && o.start - vEnd < 8))) continue;
      // (Or a person the sentence has just listed among those who left.)
      // ("Ex-ByteDance engineer Liu Yang is now CTO at Moonshot AI": the former post before the name.)
      if (rule.afterFormerOnly && !/\b(?:former|formerly|ex-|previously|until recently)\b/i.test(text.slice(subject.start, vStart)) && !/(?:^|\s)(?:former|ex-)[^,;.]{0,40}$/i.test(text.slice(Math.max(sentence.start, subject.start - 45), subject.start)) && !facts.some((f) => f.person === nameOf(subject) && f.relation === 'left' && f.rule === 'en:leavers-include')) continue;
      if (rule.newPostOnly && (!org || state.affiliations.get(nameOf(subject))?.org === org.org || ownOrgs(subject, vStart).some((o) => o.org === org!.org))) continue;
      // "Raghunathan joins from Tesla": Tesla is where they come from; they join where the document placed them.
      // ("X joins the company from Stripe", "joins us from Stripe": the company is the announcer.)
      const joinsFrom = rule.relation === 'joined' ? /^\s*((?:the\s+(?:company|firm|team|startup|start-up|group)|us|our team)\s+)?from\s+(?:the\s+)?/.exec(text.slice(vEnd, vEnd + 40)) : null;
      const cameFromOrg = joinsFrom ? orgAfter(text, orgs, vEnd + joinsFrom[0].length, sentence.end, false) : null;
      if (cameFromOrg) {
        push(nameOf(subject), 'left', cameFromOrg, vStart, 'en:joins-from');
        const announcer = joinsFrom![1] ? sentenceSubjectOrg(subject.start) : undefined;
        const now = announcer ? { org: announcer.org, unit: announcer.unit } : state.affiliations.get(nameOf(subject));
        if (now && now.org !== cameFromOrg.org) push(nameOf(subject), 'joined', now, vStart, `en:${m[0].trim()}:context`);
        continue;
      }
      // "joined Elon Musk to found…": a person is not an organisation.
      if (org && persons.some((p) => p.name === org!.org || p.resolved === org!.org || org!.org.startsWith(p.name))) org = null;
      // ("When I left, people thought I was crazy": a first-person leaving with no object names
      // no employer, and the quote's context is no evidence of which.)
      if (!org && !rule.orgOptional && FIRST_PERSON_WORD.test(text.slice(subject.start, subject.end))) continue;
      if (!org && !rule.orgOptional) {
        // "X, who had been head of sales at Anthropic, exited the company": their own organisation first.
        // "ran BMW's sales until 2023, when he left the Munich-based company": the one just named.
        const theCompany = /^\s+the\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|maker|carmaker|automaker|chipmaker|giant|startup|start-up|lab|major|retailer|platform|conglomerate|unicorn|business|publisher|studio|bank|insurer|operator|developer|manufacturer)\b/.test(text.slice(vEnd, vEnd + 60));
        // Also "Armitage spent 11 years at AWS, where he ran … before departing": the one between.
        // (From the person's first mention in the sentence: "Armitage …, where he … before departing".)
        const firstMention = persons.find((p) => nameOf(p) === nameOf(subject) && p.end <= subject.end) ?? subject;
        // (The last one held "at": "spent 11 years at Nvidia, most recently overseeing … its DGX Cloud service, and left in January".)
        const betweenAll = orgs.filter((o) => o.end <= vStart && o.start >= firstMention.end && !cameFrom(o));
        const between = betweenAll.filter((o) => /\b(?:at|with|of|for)\s+(?:the\s+)?$/.test(text.slice(o.start - 8, o.start))).at(-1) ?? betweenAll.at(-1);
        const namedBefore = theCompany || (between && /\b(?:at|with|of|for)\s+(?:the\s+)?$/.test(text.slice(between.start - 8, between.start))) ? between : undefined;
        // "Octave9 also announced that … Peter Lindahl … will leave the company": the announcer.
        // ("Kakao Corp. confirmed on Monday that X … had resigned": the company confirming it.)
        // (Also past a first item and a title: "X also announced that A …, and that Chief Financial Officer B will retire".)
        const confirmsThat = /\b(?:confirmed|said|announced|disclosed)\s+(?:on \w+\s+|today\s+|late \w+\s+)?that\s+$/.test(text.slice(sentence.start, subject.start))
          || /\b(?:confirmed|said|announced|disclosed)\b[^.;]{0,160}\bthat\s+(?:(?:its|the)\s+)?(?:[A-Z][\w-]*\s+){0,4}$/.test(text.slice(sentence.start, subject.start))
          // ("confirmed on Monday that its chief operating officer, Qin Kaiwen, had resigned".)
          || /\b(?:confirmed|said|announced|disclosed)\b[^.;]{0,60}\bthat\s+its\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s+$/.test(text.slice(sentence.start, subject.start));
        const announcing = confirmsThat ? orgs.find((o) => o.end <= subject.start && /^,?\s*(?:meanwhile,?\s*|also\s+|today\s+|on \w+\s+)*(?:confirmed|said|announced|disclosed)\b/.test(text.slice(o.end, o.end + 40))) : undefined;
        const opener = (theCompany || confirmsThat) && !namedBefore ? sentenceSubjectOrg(subject.start) ?? announcing : undefined;
        // ("Feldberg, its CTO, is leaving the company outright": the company the sentence before was about.)
        // (Also "Ren Haotian, a core contributor to its R1 reasoning model, left in December".)
        const its = /^,\s+(?:(?:an?|the)\s+[^,;.]{0,40}?\b)?its\s+[^,;.]{1,40},\s*$/.test(text.slice(subject.end, vStart)) && !orgs.some((o) => o.start >= sentence.start && o.end <= subject.start) ? state.recentOrgs.at(-1) : undefined;
        // ("She takes the helm of GroqCloud from Aleksander Wiśniewski-Hart, who is leaving this month": the post's organisation.)
        const helmAt = /\b(?:the helm|over|the reins|charge)\s+(?:of|at)\s+(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+from\s+$/.exec(text.slice(sentence.start, subject.start));
        const helmStart = helmAt ? sentence.start + helmAt.index + helmAt[0].length - helmAt[0].replace(/^.*?(?:of|at)\s+(?:the\s+)?/, '').length : -1;
        const helm = helmAt ? orgs.find((o) => o.start === helmStart) ?? { org: helmAt[1]!, unit: null } : undefined;
        const ctx = helm ? { org: helm.org, unit: helm.unit } : its ? { org: its.org, unit: null } : namedBefore ? { org: namedBefore.org, unit: namedBefore.unit } : opener ? { org: opener.org, unit: opener.unit } : contextOf(subject, vStart);
        if (rule.relation === 'left' || rule.relation === 'stepped_down') {
          // "will retire in December but remain as a senior adviser": a tie kept, a step down.
          // (Also "will give up that role but keep her seat on the startup's board".)
          const staysOn = rule.relation === 'left' && (/^[^.;]{0,80}?\b(?:but |and )?(?:will )?(?:remain|stay|continue)s?\b[^.;]{0,30}?\b(?:adviser|advisor|consultant|chairman|chairwoman|board member|director)\b/.test(text.slice(vEnd, sentence.end))
            || /^[^.;]{0,60}?\bbut\s+(?:will\s+)?keeps?\s+(?:her|his|their|a)\s+(?:seat|role|post)\b/.test(text.slice(vEnd, sentence.end)));
          if (ctx) push(nameOf(subject), staysOn ? 'stepped_down' : rule.relation, ctx, vStart, `en:${m[0]}:context`, null, roleAfterAs(text, vEnd, sentence.end));
          if (ctx) for (const co of coSubjects) push(nameOf(co), staysOn ? 'stepped_down' : rule.relation, { org: ctx.org, unit: null }, vStart, `en:${m[0]}:context:both`);
          // "departed late last month for xAI": where they went.
          const dest = rule.relation === 'left' ? orgs.find((o) => o.start > vEnd && o.org !== ctx?.org && /^[^,;.]{0,40}?\bfor\s+(?:rival\s+|the\s+)?$/.test(text.slice(vEnd, o.start))) : undefined;
          if (dest) push(nameOf(subject), 'joined', dest, vStart, 'en:left-for');
        } else if (rule.relation === 'joined' && !rule.newPostOnly) {
          // "Meta's new chief AI officer, X, who joined last month from Scale AI": joined where they are now, left the source.
          const source = orgs.find((o) => o.start >= vEnd && o.start - vEnd < 60 && /^[^,.;]*\bfrom\s+(?:[\w-]+\s+){0,3}?$/i.test(text.slice(vEnd, o.start)));
          const now = state.affiliations.get(nameOf(subject));
          if (source && now && now.org !== source.org) {
            push(nameOf(subject), 'joined', now, vStart, `en:${m[0].trim()}:context`);
            push(nameOf(subject), 'left', source, vStart, 'en:joined-from');
          } else if (!source && /coming back$/.test(m[0])) {
            // "X, an OpenAI alum who spent … at Anthropic, is also coming back": back to the alum's
            // organisation, else to the one the text is about.
            const alumOf = ownOrgs(subject, vStart).find((o) => /^\s+(?:[a-z][\w-]*\s+){0,2}(?:alum|alumnus|alumna|veteran)\b/.test(text.slice(o.end, o.end + 30)));
            const back = alumOf ? { org: alumOf.org, unit: alumOf.unit } : state.dominantOrg ? { org: state.dominantOrg, unit: null } : null;
            if (back) push(nameOf(subject), 'joined', back, vStart, 'en:coming-back', 'return');
          }
        }
        continue;
      }
      // "co-founded the company last October": the company just named.
      // ("shortly after Yang Zhilin founded the Beijing-based start-up": the one just named in the sentence.)
      const namedHere = !org && rule.relation === 'founded' && /^\s+the\s+(?:[\w-]+\s+){1,3}?(?:company|startup|start-up|firm|venture|lab)\b/.test(text.slice(vEnd, vEnd + 50)) ? orgs.filter((o) => o.end <= vStart && o.start >= sentence.start).at(-1) : undefined;
      if (namedHere) org = { org: namedHere.org, unit: namedHere.unit };
      if (!org && rule.relation === 'founded' && /^\s+the (?:company|startup|start-up|firm|venture)\b/.test(text.slice(vEnd, vEnd + 20))) {
        // The one they were last said to have launched, else the one the text is about ("said Almási,
        // who co-founded the company": not the last one named, her former employer), else the last one.
        const about = state.dominantOrg ? { org: state.dominantOrg, unit: null } : undefined;
        const recent = state.affiliations.get(nameOf(subject)) ?? about ?? state.recentOrgs.at(-1) ?? orgs.filter((o) => o.end <= vStart).at(-1);
        if (recent) org = { org: recent.org, unit: recent.unit };
      }
      if (rule.relation === 'stepped_down' && !org) {
        // "will step down and advise the company": the company the text has been about.
        const recent = /\bthe (?:company|firm|startup|start-up)\b/.test(text.slice(vEnd, sentence.end)) ? state.recentOrgs.at(-1) : undefined;
        // "Octave9 Labs … today announced that co-founder and CEO X will step aside": the announcer.
        const announcer = /\b(?:announced|said|confirmed|disclosed)\s+(?:on \w+\s+|today\s+)?(?:that\b|its\s+(?:[\w-]+\s+){0,4}$)/.test(text.slice(sentence.start, subject.start)) ? sentenceSubjectOrg(subject.start) : undefined;
        const ctx = (announcer ? { org: announcer.org, unit: announcer.unit } : null) ?? contextOf(subject, vStart) ?? (recent ? { org: recent.org, unit: recent.unit } : null);
        if (ctx) push(nameOf(subject), 'stepped_down', ctx, vStart, `en:${m[0]}:context`, null, roleAfterAs(text, vEnd, sentence.end));
        continue;
      }
      const cause: Cause | null = /return|went back|rejoin/i.test(m[0]) ? 'return' : /fired|dismissed|ousted|let go|laid off/i.test(m[0]) ? 'dismissed' : null;
      // "is leaving for Meta": a departure from where they were, and an arrival.
      if (/\bfor$|defected to|decamp(?:ed|s|ing)? to|jump(?:ed|s) to|ship (?:to|for)$|moved to|went to|went back to|returned to|rejoined/i.test(m[0].trim())) {
        // (Not when the sentence says where they came from: "moved to Alibaba from SenseTime in 2019".)
        const fromNamed = org ? orgs.some((o) => o.start >= vEnd && o.org !== org!.org && /^[^,.;]{0,50}?\bfrom\s+(?:the\s+|rival\s+)?$/i.test(text.slice(vEnd, o.start))) : false;
        // ("jumped ship to Kuaishou" in a text about MiniMax: from the company the text is about.)
        const was = state.affiliations.get(nameOf(subject)) ?? (/jump|defect|decamp/i.test(m[0]) ? contextOf(subject, vStart) ?? undefined : undefined);
        if (was && org && was.org !== org.org && !fromNamed) push(nameOf(subject), 'left', was, vStart, 'en:leaving-for');
      } else if (rule.relation === 'joined' && org) {
        // "…decamped to Apple a decade later, and in 2016 joined Google": a career told in one
        // sentence, both moves dated in order, leaves the earlier employer.
        const was = state.affiliations.get(nameOf(subject));
        const now = dateNear(vStart).date;
        const earlier = was && was.org !== org.org && now ? facts.find((f) => f.person === nameOf(subject) && f.relation === 'joined' && f.org === was.org && f.date && comparePartialDates(f.date, now) < 0) : undefined;
        if (earlier) push(nameOf(subject), 'left', was!, vStart, 'en:sequence');
      }
      push(nameOf(subject), rule.relation, org, vStart, `en:${m[0].trim()}`, cause, roleOfMove(text, orgs, org, vEnd, sentence.end));
      for (const co of coSubjects) push(nameOf(co), rule.relation, org, vStart, `en:${m[0].trim()}:both`, cause);
      // "Three Samsung engineers -- Bae Joon-seok, Kim Da-eun and Han Tae-gyun -- joined SK hynix": each leaves Samsung.
      if (rule.relation === 'joined' && org) {
        const group = [...coSubjects, subject].sort((a, b) => a.start - b.start);
        const head = orgs.find((o) => o.end <= group[0]!.start && /^\s+(?:[a-z-]+\s+){0,2}(?:engineers|researchers|executives|employees|scientists|staffers|veterans|alumni|managers|designers)\s*(?:--|—|–|,|:)\s*$/.test(text.slice(o.end, group[0]!.start))
          && /\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+|[Ss]everal)\s+$/.test(text.slice(Math.max(sentence.start, o.start - 12), o.start)));
        if (head && head.org !== org.org) for (const p of group) push(nameOf(p), 'left', head, vStart, 'en:group-from');
      }
      // "has since co-founded a robotics startup with Lena Vojtková, a former Tesla engineer": the partner too.
      if (rule.relation === 'founded') {
        for (const q of persons) {
          if (q.start <= vEnd || q.start - vEnd > 90 || q.source === 'known' || nameOf(q) === nameOf(subject)) continue;
          const between = text.slice(vEnd, q.start);
          if (/\bwith\s+(?:(?:former|ex-|fellow|longtime|his|her)\s+)?(?:[\w-]+\s+){0,4}$/.test(between) && !breaksClause(between) && !/[;.]/.test(between)) push(nameOf(q), 'founded', org, vStart, `en:${m[0].trim()}:with`, cause);
        }
      }
      // "X, a senior engineer on Google's Gemini team, is expected to start at xAI": joining
      // elsewhere leaves the employer of the apposition (as 零一万物算法副总裁P加入字节跳动 does).
      if (rule.relation === 'joined' && org) {
        for (const who of [subject, ...coSubjects]) {
          const nextPerson = persons.find((p) => p.start > who.end && p.start < vStart)?.start ?? vStart;
          const postAt = ownOrgs(who, vStart).filter((o) => o.end <= nextPerson && o.org !== org!.org && !cameFrom(o) && !/\b(?:former|formerly|ex-|previously|alum|veteran)\b/i.test(text.slice(who.end, o.start)) && (/\b(?:at|of|on|with)\s+(?:the\s+)?$/.test(text.slice(Math.max(who.end, o.start - 8), o.start)) || /^['’]s\s/.test(text.slice(o.end, o.end + 3))));
          // (Not a school studied at: "a Peking University graduate who did her PhD at Stanford".)
          const first = postAt.find((o) => o.kind !== 'university' || /\b(?:professor|lecturer|researcher|scientist|fellow|dean)\b/i.test(text.slice(who.end, o.start)));
          if (first && !facts.some((f) => f.person === nameOf(who) && f.org === first.org)) push(nameOf(who), 'left', first, vStart, 'en:apposition-post-moves');
        }
      }
      // "left Apple's machine-learning research group in November for Anthropic": where they went.
      if (rule.relation === 'left' && org) {
        const dest = orgs.find((o) => o.start > vEnd && o.org !== org!.org && /^[^,;.]{0,70}?\bfor\s+(?:rival\s+|the\s+)?$/.test(text.slice(vEnd, o.start)) && !/\bfor\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/.test(text.slice(vEnd, vEnd + 3)));
        if (dest) push(nameOf(subject), 'joined', dest, vStart, 'en:left-for');
      }
      // "joined OpenAI from Google DeepMind": where they came from.
      // (Not "after graduating from Peking University": a school one graduates from is no employer.)
      const source = rule.relation === 'joined' && org ? orgs.find((o) => o.start >= vEnd && o.org !== org!.org && /^[^,.;]{0,50}?\bfrom\s+(?:the\s+|rival\s+)?$/i.test(text.slice(vEnd, o.start)) && !/\b(?:graduat(?:ed|ing|es)|(?:degree|PhD|doctorate|master's)(?:\s+[\w-]+){0,4})\s+from\s+(?:the\s+)?$/i.test(text.slice(vEnd, o.start))) : undefined;
      if (source) push(nameOf(subject), 'left', source, vStart, 'en:joined-from');
      if (org && (rule.relation === 'joined' || rule.relation === 'founded')) state.affiliations.set(nameOf(subject), org);
      if (org && rule.relation === 'founded') state.lastFounded = org.org;
      // "co-founded Cohere with Aidan Gomez and Nick Frosst": the partners founded it too.
      if (org && rule.relation === 'founded') {
        let lastPartner: PersonRef | null = null;
        for (const partner of persons) {
          if (partner.start <= vEnd || partner.source === 'known' || nameOf(partner) === nameOf(subject)) continue;
          const between = text.slice(vEnd, partner.start);
          const listed = /^[^.;]{0,70}?\bwith\s+(?:(?:fellow|former|ex-)\s+)?(?:[\w'-]+\s+){0,3}?(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*(?:,\s*|\s+and\s+|,\s+and\s+))*$/.test(between) && !/\b(?:who|which|that)\b/.test(between);
          // "with CTO A, who previously ran …, and chief scientist B, a former …": the next item after
          // the previous one's apposition.
          const next = lastPartner !== null && /^,\s[^.;]{0,120}?,?\s+and\s+(?:(?:its|his|her|their|fellow|former|chief|[a-z][\w-]*|CEO|CTO|COO|CFO)\s+){0,4}$/.test(text.slice(lastPartner.end, partner.start));
          if (listed || next) {
            push(nameOf(partner), 'founded', org, vStart, 'en:co-founded-with');
            lastPartner = partner;
          } else if (lastPartner) break;
        }
      }
    }
  }

  // Appositives: "former OpenAI researcher X", "X, formerly of Google," → left; "xAI co-founder X" → founded.
  for (const p of persons) {
    if (p.source === 'known' && p.name.length <= 3) continue;
    const beforeStart = Math.max(sentence.start, p.start - 60);
    const before = text.slice(beforeStart, p.start);
    // "Fang Rui (方睿), a former …": the name in another script is skipped.
    const alias = /^\s*[（(][^）)]{1,20}[）)]/.exec(text.slice(p.end, p.end + 24))?.[0] ?? '';
    const after = text.slice(p.end + alias.length, Math.min(sentence.end, p.end + alias.length + 80));
    FORMER.lastIndex = 0;
    const formerBefore = [...before.matchAll(FORMER)].at(-1);
    if (formerBefore) {
      // "former Google researcher X", not "X2, a former Qwen researcher at Alibaba Cloud, and … X".
      const o = !/[,;]/.test(text.slice(beforeStart + formerBefore.index, p.start)) ? orgs.find((x) => x.start >= beforeStart + formerBefore.index && x.end <= p.start) : undefined;
      if (o) push(nameOf(p), 'left', o, p.start, 'en:former-appositive', null, null, false);
    }
    const formerAfter = /^,\s*(?:a |an |the )?(?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?'s )?(?:former|ex-|formerly|who previously)\b/.exec(after)
      ?? /^,\s*(?:a |an |the )?(?:former|ex-|formerly|previously|who (?:was|had been|has been) (?:previously |formerly |once )?|who previously)\b(?!\s+(?:joined|hired))/i.exec(after);
    // "Ruairí Finch (ex-DoubleVerify, ex-Integral Ad Science) lands at Reddit": past ties in brackets.
    const exList = /^\s*\(((?:\s*,?\s*ex-[^,)]{2,40})+)\)/.exec(text.slice(p.end, p.end + 100));
    if (exList) for (const o of orgs.filter((x) => x.start > p.end && x.end <= p.end + exList[0].length)) push(nameOf(p), 'left', o, p.start, 'en:ex-list', null, null, false);
    // "X, an OpenAI alum": a past tie.
    // ("Wen Jun (文俊), an iFlytek speech veteran": a word or two may stand between.)
    const alum = /^,\s*(?:a|an)\s+/.test(after) ? orgs.find((x) => x.start >= p.end + alias.length && x.start - p.end - alias.length < 12 && /^\s+(?:[a-z][\w-]*\s+){0,2}(?:alum|alumnus|alumna|veteran)\b/.test(text.slice(x.end, x.end + 40))) : undefined;
    if (alum) push(nameOf(p), 'left', alum, p.start, 'en:alum', null, null, false);
    // "X, who worked on reinforcement learning at OpenAI": a past tie.
    const workedAt = /^,\s*who (?:previously |once |formerly )?(?:worked|served|spent(?: [\w-]+){1,3}?) (?:(?:on|in) [^,.;]{1,40}? )?(?:at|for|with)\s+(?:the\s+)?$/;
    const workedOrg = orgs.find((x) => x.start >= p.end && x.start - p.end < 80 && workedAt.test(text.slice(p.end, x.start)));
    if (workedOrg && !formerAfter) push(nameOf(p), 'left', workedOrg, p.start, 'en:worked-at', null, null, false);
    if (formerAfter) {
      // (Within the apposition: "X, former CCO of Santander UK, joins the Quaystone board" is not Quaystone.)
      const appositionEnd = text.indexOf(',', p.end + alias.length + formerAfter[0].length);
      const o = orgs.find((x) => x.start >= p.end && x.start - p.end < 70 && (appositionEnd < 0 || x.start < appositionEnd));
      if (o) push(nameOf(p), 'left', o, p.start, 'en:former-appositive', null, null, false);
    }
    // "Huawei veteran Tan Jiahui": a long past tie.
    // ("X, a veteran of Google's Tel Aviv research office": the organisation after "veteran of".)
    const veteranOf = [...orgs].reverse().find((x) => x.end <= p.start && p.start - x.end < 14 && /^\s+veteran\s+$/.test(text.slice(x.end, p.start)))
      ?? orgs.find((x) => x.start > p.end && x.start - p.end - alias.length < 40 && /^,\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}veteran\s+of\s+(?:the\s+)?$/.test(text.slice(p.end + alias.length, x.start)));
    if (veteranOf) push(nameOf(p), 'left', veteranOf, p.start, 'en:veteran', null, null, false);
    // "OpenAI's former CTO Mira Murati"
    const possessiveFormer = [...orgs].reverse().find((x) => x.end <= p.start && p.start - x.end < 45 && /^'s? (?:former|ex-)/.test(text.slice(x.end, x.end + 10)));
    if (possessiveFormer) push(nameOf(p), 'left', possessiveFormer, p.start, 'en:former-appositive', null, null, false);
    FOUNDER.lastIndex = 0;
    const founderBefore = [...before.matchAll(FOUNDER)].at(-1);
    // "xAI co-founder X", "Xiaomi founder and CEO X".
    const founderGap = founderBefore ? text.slice(beforeStart + founderBefore.index + founderBefore[0].length, p.start) : '';
    // (Also "Anthropic co-founder and Chief Science Officer Jared Kaplan": any title after "and".)
    if (founderBefore && (founderGap.length < 4 || /^\s+(?:and|&)\s+(?:CEO|chief executive|chairman|president)\s+$/i.test(founderGap) || /^\s+(?:and|&)\s+(?:[A-Z][\w-]*\s+){1,5}$/.test(founderGap) || /^\s+(?:and|&)\s+(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*,\s+$/.test(founderGap))) {
      // ("… of Cortexa, a Tel Aviv startup, …, including its co-founder and chief executive, P": "its" is the last company named.)
      const itsTitle = /\bits\s+$/.test(before.slice(0, founderBefore.index));
      const o = [...orgs].reverse().find((x) => x.end <= p.start && (p.start - x.end < 30 + founderGap.length || (itsTitle && x.start >= sentence.start)));
      // ("The Sunnyvale-based company, whose co-founder Andrew Feldman is chief executive": the
      // company the relative clause is about.)
      const whose = !o && founderBefore && /\bwhose\s+$/.test(before.slice(0, founderBefore.index)) ? (/\b[Tt]he\s+(?:[\w,-]+\s+){0,4}(?:company|startup|start-up|firm|lab|chipmaker|maker)\s*,\s*$/.test(before.slice(0, founderBefore.index).replace(/whose\s+$/, '')) ? state.dominantOrg ?? state.recentOrgs.at(-1)?.org ?? null : null) : null;
      // ("1X Technologies said its CTO … will continue as an adviser to founder and CEO Bernt Børnich":
      // a founder title with no company of its own is the announcer's.)
      const announcer = !o && !whose && /(?:^|\s)(?:[Ff]ounder|[Cc]o-?founder)s?\b/.test(founderBefore[0]) && /\b(?:to|with|by|and)\s+$/.test(before.slice(0, founderBefore.index))
        ? orgs.find((x) => x.start >= sentence.start && x.end <= p.start && /^\s+(?:also\s+|today\s+|on \w+\s+)*(?:said|announced|confirmed|disclosed)\b/.test(text.slice(x.end, x.end + 30))) : undefined;
      if (o) push(nameOf(p), 'founded', o, p.start, 'en:founder-title', null, null, false);
      else if (whose) push(nameOf(p), 'founded', { org: whose, unit: null }, p.start, 'en:whose-founder', null, null, false);
      else if (announcer) push(nameOf(p), 'founded', { org: announcer.org, unit: announcer.unit }, p.start, 'en:founder-title', null, null, false);
    }
    // "Sonnetic co-founders Aditi Gokhale and Jonas Feldberg": the title covers the list.
    const listedAfter = persons.filter((q) => q.end <= p.start && q.start >= sentence.start).at(-1);
    const titledBefore = listedAfter && /^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(text.slice(listedAfter.end, p.start)) ? facts.find((f) => f.person === nameOf(listedAfter) && f.rule === 'en:founder-title' && f.sentence === sentence) : undefined;
    if (titledBefore && /\bco-?founders\b/i.test(text.slice(Math.max(sentence.start, listedAfter!.start - 20), listedAfter!.start))) push(nameOf(p), 'founded', { org: titledBefore.org!, unit: null }, p.start, 'en:founder-title', null, null, false);
    // "his co-founder Sofia Lindqvist": a partner in the company the text last told someone founded.
    if (state.lastFounded && /\b(?:his|her|their)\s+(?:fellow\s+)?co-?founders?,?\s*$/i.test(before)) {
      const founded = orgs.find((o) => o.org === state.lastFounded) ?? { org: state.lastFounded, unit: null };
      push(nameOf(p), 'founded', { org: founded.org, unit: founded.unit }, p.start, 'en:partner-co-founder', null, null, false);
    }
    // "X, a DeepMind co-founder,", "X, Meta's founder and CEO": the organisation before the title.
    const founderOf = orgs.find((x) => x.start > p.end && x.start - p.end < 12 && /^\s*(?:[（(][^）)]{1,20}[）)])?,\s*(?:(?:a|an|the|its)\s+)?$/.test(text.slice(p.end, x.start))
      && /^(?:['’]s)?\s+(?:co-?founder|founder|cofounder)\b/.test(text.slice(x.end, x.end + 16)));
    if (founderOf) push(nameOf(p), 'founded', founderOf, p.start, 'en:founder-title', null, null, false);
    // "SenseTime, founded by X in 2014", "Moonshot AI, which was co-founded by X".
    // (A list of founders whose items hold commas runs on across semicolons, which end sentences:
    // "co-founded by CEO A, who …; CTO B, previously …; and head of product C".)
    const chainStart = semicolonChainStart(text, sentence.start);
    const foundedBy = founderOfFoundedBy(text, orgs, state, sentence.start, p.start)
      ?? (chainStart < sentence.start ? founderOfFoundedBy(text, orgs, state, chainStart, p.start) : null);
    // Dated by the time of "founded (in 2023) by", for everyone in the list (in its own sentence).
    if (foundedBy) push(nameOf(p), 'founded', foundedBy.org, foundedBy.at, 'en:founded-by', null, null, foundedBy.at >= sentence.start);
    const founderAfter = /^,\s*(?:a |an |the )?(?:co-?founder|founder|cofounder)s? (?:and [A-Za-z ]+ )?of\s/i.exec(after);
    if (founderAfter) {
      // ("a co-founder of the coding-assistant start-up Yunque AI": the company words between.)
      const from = p.end + alias.length + founderAfter[0].length;
      // ("the founder of search engine Sogou": lower-case words that say what it is.)
      const o = orgs.find((x) => x.start >= p.end && (x.start - p.end <= founderAfter[0].length + 2 || /^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:startup|start-up|company|firm|lab|venture)\s+$/.test(text.slice(from, x.start)) || /^(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}$/.test(text.slice(from, x.start))));
      if (o) push(nameOf(p), 'founded', o, p.start, 'en:founder-title', null, null, false);
    }
  }
  // Relative clauses on an organisation: "Naver, which he joined in 2019", "Square Enix, which he left
  // for NetEase Games in 2018", "Mistral, which Arthur Mensch, Guillaume Lample and Timothée Lacroix co-founded in 2023".
  for (const o of orgs) {
    // (Also after an appositive: "Rapidus, the state-backed foundry venture, which he joined".)
    const rel = /^(?:,\s+(?:the|a|an|its)\s+[^,;.()]{1,60})?,\s+which\s+((?:[A-Z][^,;.]*?(?:,\s*|\s+and\s+))*[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+)*|he|she|they)\s+(?:had\s+|has\s+)?(joined|left|quit|founded|co-?founded|started)\b(?:\s+for\s+)?/u.exec(text.slice(o.end, Math.min(sentence.end, o.end + 160)));
    if (!rel) continue;
    const relStart = o.end + rel.index;
    const verbAt = o.end + rel[0].lastIndexOf(rel[2]!);
    const who = /^(?:he|she|they)$/.test(rel[1]!)
      ? [persons.find((p) => p.start >= relStart && p.end <= verbAt)].filter((p): p is PersonRef => p !== undefined)
      : persons.filter((p) => p.start >= relStart && p.end <= verbAt);
    const relation: Relation = /founded|started/.test(rel[2]!) ? 'founded' : rel[2] === 'joined' ? 'joined' : 'left';
    const next = / for\s+$/.test(rel[0]) ? orgs.find((x) => x.start === o.end + rel[0].length) : undefined;
    for (const p of who) {
      push(nameOf(p), relation, o, verbAt, `en:which-${rel[2]}`);
      if (next) push(nameOf(p), 'joined', next, verbAt, 'en:which-left-for');
    }
  }

  // "He replaces Tobias Engel, who … will stay on as an adviser": the predecessor gives up the post
  // at the organisation the successor joins (and keeps a tie if he stays on).
  for (const m of s.matchAll(SUCCEEDS)) {
    const at = sentence.start + m.index;
    const successor = [...persons].reverse().find((p) => p.end <= at && at - p.end < 40 && !breaksClause(text.slice(p.end, at)));
    const predecessor = persons.find((p) => p.start >= at + m[0].length && p.start - (at + m[0].length) <= 2);
    if (!successor || !predecessor || nameOf(successor) === nameOf(predecessor)) continue;
    const joined = facts.find((f) => f.person === nameOf(successor) && f.relation === 'joined' && f.org);
    const where = joined ? { org: joined.org!, unit: joined.unit } : state.affiliations.get(nameOf(successor));
    if (!where || facts.some((f) => f.person === nameOf(predecessor) && f.org === where.org && f.relation !== 'joined')) continue;
    const rest = text.slice(predecessor.end, sentence.end);
    // "who is returning to Nio's Shanghai headquarters", "who moves to a new role": a move inside.
    if (/\b(?:return(?:s|ing)?|mov(?:es|ing)|transfer(?:s|ring)?|shift(?:s|ing)?) to (?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?['’]s|its|the company['’]s)\b|\b(?:a|another|new|different) (?:role|position|post|job) (?:at|within|in) (?:the company|the group|its)\b|\bpromoted\b/.test(rest)) continue;
    const staysOn = /\b(?:will |to )?(?:stay|remain)s? (?:on )?(?:as|at|with)\b/.test(rest);
    push(nameOf(predecessor), staysOn ? 'stepped_down' : 'left', where, at, staysOn ? 'en:succeeded-stays' : 'en:succeeded');
  }
  // "Its founders are Lucía Ferreyra, who …, and Tobiah Wexler": the company just named.
  // (Also "Helsing, whose co-founders include …": the organisation the relative clause is on.)
  const founders = /\b(?:Its|The company['’]s|The startup['’]s|The start-up['’]s|,\s+whose) (?:co-?)?founders? (?:are|is|were|include|includes)\b/.exec(s);
  const whose = founders && founders[0].startsWith(',') ? [...orgs].reverse().find((o) => o.end === sentence.start + founders.index) : undefined;
  const foundedOrg = founders ? whose ?? (founders[0].startsWith(',') ? undefined : state.recentOrgs.at(-1)) : undefined;
  if (founders && foundedOrg) {
    const after = sentence.start + founders.index + founders[0].length;
    for (const p of namedPeople) if (p.start >= after && p.source !== 'known') push(nameOf(p), 'founded', foundedOrg, after, 'en:its-founders', null, null, false);
  }
  // Past ties told by time spent ("after seven years at Amazon, she is joining Cohere").
  for (const o of orgs) {
    const lead = text.slice(Math.max(sentence.start, o.start - 70), o.start);
    const longLead = text.slice(Math.max(sentence.start, o.start - 110), o.start);
    // "Founded in 2019 by A and B, X develops …": everyone named founded X.
    const foundedBy = FOUNDED_BY_OPENING.exec(longLead);
    if (foundedBy) {
      const listStart = o.start - foundedBy[0].length;
      for (const p of persons) if (p.start >= listStart && p.end <= o.start && p.source !== 'known') push(nameOf(p), 'founded', o, listStart, 'en:founded-by-opening');
      continue;
    }
    // "Karaca had been at Snowflake since 2019": the start of a tenure. (Also "from Kakao, where
    // she had worked since 2021".)
    const whereSince = /^,\s*where\s+(?:he|she|they)\s+(?:had|has|have)\s+(?:worked|been)\s+since\b/.exec(text.slice(o.end, o.end + 50));
    if ((/\b(?:has|had|have) been (?:at|with)\s+(?:the\s+)?$/.test(lead) && /^\s+since\b/.test(text.slice(o.end, o.end + 8))) || whereSince) {
      const who = [...persons].reverse().find((p) => p.end <= o.start);
      const since = times.find((t) => t.start > o.end && t.start - o.end < (whereSince ? whereSince[0].length + 2 : 12));
      if (who && since) push(nameOf(who), 'joined', o, o.start, 'en:been-at-since', null, null, { date: since.date as PartialDate, absolute: since.absolute });
      continue;
    }
    if (PREVIOUS_POST.test(longLead)) {
      const who = [...persons].reverse().find((p) => p.end <= o.start);
      if (who && !facts.some((f) => f.person === nameOf(who) && f.org === o.org)) push(nameOf(who), 'left', o, o.start, 'en:previous-post', null, null, false);
      continue;
    }
    // "She comes from Wipro, where she was senior vice president": the employer left.
    if (/\b(?:comes|came|arrives|arrived)\s+(?:to\s+\w+\s+)?from\s+(?:the\s+)?$/.test(lead)) {
      const who = [...persons].reverse().find((p) => p.end <= o.start && !breaksClause(text.slice(p.end, o.start)));
      if (who && !facts.some((f) => f.person === nameOf(who) && f.org === o.org)) push(nameOf(who), 'left', o, o.start, 'en:comes-from', null, null, false);
      continue;
    }
    // "Before joining Anthropic last year, Li Wei spent six years at Baidu": the move the opening
    // clause names is the subject's, who stands after the comma.
    const joiningClause = /^\s*(?:Before|Prior to|Since|After)\s+(?:joining|moving to|returning to)\s+(?:the\s+)?$/.exec(text.slice(sentence.start, o.start));
    if (joiningClause) {
      const clauseEnd = text.indexOf(',', o.end);
      const who = clauseEnd > 0 && clauseEnd < sentence.end ? persons.find((p) => p.start > clauseEnd && p.start - clauseEnd < 6) : undefined;
      const when = who ? times.find((t) => t.start >= o.end && t.end <= clauseEnd) : undefined;
      if (who) push(nameOf(who), 'joined', o, o.start, 'en:before-joining', /returning/.test(joiningClause[0]) ? 'return' : null, null, when ? { date: when.date as PartialDate, absolute: when.absolute } : false);
      continue;
    }
    // "started as an engineer at Cohere before moving to Google in 2021", "spent six years at Baidu
    // before joining Anthropic": a move from the organisation named before to the one after.
    const beforeMove = /\b(?:before|then)\s+(?:(?:moving|decamping|jumping|heading|defecting|switching)\s+to|joining|(?:leaving|departing)\s+for)\s+(?:the\s+)?(?:rival\s+)?$/.exec(lead);
    if (beforeMove) {
      const moveStart = o.start - beforeMove[0].length;
      const who = [...persons].reverse().find((p) => p.end <= moveStart && !breaksClause(text.slice(p.end, moveStart)));
      if (who) {
        const when = times.find((t) => t.start >= o.end && t.start - o.end < 12);
        const dated = when ? { date: when.date as PartialDate, absolute: when.absolute } : false;
        const from = orgs.filter((q) => q.end <= moveStart && q.start > who.end && q.org !== o.org).at(-1);
        if (from && !facts.some((f) => f.person === nameOf(who) && f.org === from.org && f.relation === 'left')) push(nameOf(who), 'left', from, o.start, 'en:before-moving', null, null, dated);
        if (!facts.some((f) => f.person === nameOf(who) && f.org === o.org && f.relation === 'joined')) push(nameOf(who), 'joined', o, o.start, 'en:before-moving', null, null, dated);
        continue;
      }
    }
    // "Haddad had been Parallax's chief executive", "She had been head of research at Cohere": a
    // post held before the move the text tells.
    // "Before DeepSeek, Shangguan worked at SenseTime and then at the quantitative fund High-Flyer":
    // the posts held before the one the sentence opens with.
    if (/^\s*(?:Before|Prior to)\s+(?:joining\s+)?/.test(text.slice(sentence.start, sentence.end)) && (/\b(?:worked|was|served|spent [^,;.]{1,30}?)\s+(?:[^,;.]{0,30}?\s)?(?:at|with|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$/.test(lead) || /\b(?:and\s+)?then\s+(?:at|with|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$/.test(lead))) {
      const who = [...persons].reverse().find((p) => p.end <= o.start && !breaksClause(text.slice(p.end, o.start)));
      if (who && !facts.some((f) => f.person === nameOf(who) && f.org === o.org)) push(nameOf(who), 'left', o, o.start, 'en:before-worked-at', null, null, false);
      continue;
    }
    // "I'm starting a new position as Senior Director of Machine Learning at Kurly", "starting as
    // Director of Applied AI at Kalahari Mutual": a post taken at the organisation named after it.
    if (/\bstart(?:ing|s|ed)?\s+(?:a\s+new\s+(?:position|role|job)\s+)?as\s+[^,;.]{2,70}?\s+(?:at|with)\s+(?:the\s+)?$/i.test(lead)) {
      const who = [...persons].reverse().find((p) => p.end <= o.start && !breaksClause(text.slice(p.end, o.start)));
      // (Not the date of a later move: "… at Cohere before moving to Google in 2021".)
      const laterMove = /^[^.;]{0,30}?\b(?:before|then|later)\b/.test(text.slice(o.end, sentence.end));
      if (who && !facts.some((f) => f.person === nameOf(who) && f.org === o.org && f.relation === 'joined')) push(nameOf(who), 'joined', o, o.start - 1, 'en:starting-as', null, null, !laterMove);
      continue;
    }
    // "he held the same role at Glean until last month", "she worked at Stripe until 2023": a tenure's end.
    // (A filing's "served as VP of Autonomy at Boston Dynamics, Inc. from 2019 until August 2024" has its start too.)
    const untilAfter = /^(?:['’]s\s+[\w-]+(?:\s+[\w-]+){0,3})?(?:,?\s+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC))?(?:\s+from\s+([^,;.]{2,24}?))?\s+(?:until|to|through)\s+/.exec(text.slice(o.end, o.end + 80));
    if (untilAfter && (untilAfter[1] || /until/.test(untilAfter[0])) && TENURE_AT.test(lead)) {
      const who = [...persons].reverse().find((p) => p.end <= o.start && !breaksClause(text.slice(p.end, o.start)));
      const when = times.find((t) => t.start >= o.end + untilAfter[0].length && t.start - o.end - untilAfter[0].length < 8);
      if (who) {
        const since = untilAfter[1] ? times.find((t) => t.start >= o.end && t.end <= o.end + untilAfter[0].length) : undefined;
        if (since) push(nameOf(who), 'joined', o, o.start, 'en:tenure-from', null, null, { date: since.date as PartialDate, absolute: since.absolute });
        push(nameOf(who), 'left', o, o.start, 'en:tenure-until', null, null, when ? { date: when.date as PartialDate, absolute: when.absolute } : false);
        continue;
      }
    }
    // "prior to that, held engineering roles at iRobot Corporation": earlier posts, undated.
    if (/(?:prior to that|before that|previously|earlier),?\s+(?:(?:he|she|they)\s+)?(?:held|had)\s+(?:[\w-]+\s+){0,4}(?:roles?|positions?|posts?|jobs?)\s+(?:at|with)\s+(?:the\s+)?$/i.test(lead)) {
      const who = [...persons].reverse().find((p) => p.end <= o.start);
      if (who && !facts.some((f) => f.person === nameOf(who) && f.org === o.org)) push(nameOf(who), 'left', o, o.start, 'en:held-roles-at', null, null, false);
      continue;
    }
    // "X, who until September was head of AI at BASF's digital unit, launched …": a post left then.
    const until = UNTIL_POST.exec(lead);
    if (until) {
      const who = [...persons].reverse().find((p) => p.end <= o.start - until[0].length + 1);
      const untilStart = o.start - until[0].length;
      const when = times.find((t) => t.start >= untilStart && t.end <= untilStart + until[0].indexOf(until[1]!) + until[1]!.length + 1);
      if (who && POST_HEAD.test(until[0])) push(nameOf(who), 'left', o, o.start, 'en:until-post', null, null, when ? { date: when.date as PartialDate, absolute: when.absolute } : false);
      continue;
    }
    const hadBeen = HAD_BEEN_POST.exec(lead);
    const heldPost = hadBeen && (hadBeen[1] ? POST_HEAD.test(hadBeen[1]) : /^['’]s?\s+(?:[\w-]+\s+){0,3}?/.test(text.slice(o.end, o.end + 3)) && POST_HEAD.test(text.slice(o.end, o.end + 40).split(/[,;.]/)[0]!));
    if (heldPost) {
      const who = [...persons].reverse().find((p) => p.end <= o.start && !breaksClause(text.slice(p.end, o.start)) && !/,/.test(text.slice(p.end, o.start - hadBeen![0].length)));
      if (who && !facts.some((f) => f.person === nameOf(who) && f.org === o.org)) push(nameOf(who), 'left', o, o.start, 'en:had-been-post', null, null, false);
      continue;
    }
    if (!YEARS_AT.test(lead)) continue;
    const who = [...persons].reverse().find((p) => p.end <= o.start && !breaksClause(text.slice(p.end, o.start)))
      ?? persons.find((p) => p.start > o.end);
    if (!who || facts.some((f) => f.person === nameOf(who) && f.org === o.org)) continue;
    push(nameOf(who), 'left', o, o.start, 'en:years-at', null, null, false);
  }
  // "He will be succeeded by Zhou Yiming, who joins from Alibaba Cloud": the successor joins where
  // the predecessor gives up the post (their organisation in this sentence, else the one the text
  // last placed them at). Not a successor named as an insider ("succeeded by her deputy").
  for (const m of s.matchAll(/\b(?:will be|was|is|has been|had been|is to be|would be|and be|and will be|to be)\s+succeeded\s+by\s+/g)) {
    const vStart = sentence.start + m.index;
    const vEnd = vStart + m[0].length;
    const successor = persons.find((p) => p.start === vEnd);
    const predecessor = [...persons].reverse().find((p) => p.end <= vStart && !breaksClause(text.slice(p.end, vStart)));
    if (!successor || !predecessor || nameOf(successor) === nameOf(predecessor)) continue;
    const own = facts.find((f) => f.person === nameOf(predecessor) && (f.relation === 'stepped_down' || f.relation === 'left') && f.org);
    const where = own ? { org: own.org!, unit: own.unit } : state.affiliations.get(nameOf(predecessor));
    if (!where || facts.some((f) => f.person === nameOf(successor) && f.org === where.org)) continue;
    push(nameOf(successor), 'joined', where, vStart, 'en:succeeded-by');
  }
  // "he spun Gridline Autonomy out of Aurora": a company founded from the employer left.
  for (const m of s.matchAll(/\b(?:spun|spins|spinning)\s+(?:off\s+|out\s+)?/g)) {
    const vStart = sentence.start + m.index;
    const vEnd = vStart + m[0].length;
    const made = orgs.find((o) => o.start === vEnd);
    // (The parent is whatever capitalised name follows "out of": the text names it as an employer.)
    const source = made ? /^\s+(?:out of|off from|from)\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})/.exec(text.slice(made.end, sentence.end)) : null;
    const parent = made && source ? orgs.find((o) => o.start === made.end + source[0].length - source[1]!.length) ?? { org: source[1]!.replace(/\.$/, ''), unit: null } : undefined;
    const subject = [...persons].reverse().find((p) => p.end <= vStart && !breaksClause(text.slice(p.end, vStart)));
    if (!made || !parent || !subject) continue;
    push(nameOf(subject), 'founded', made, vStart, 'en:spun-out');
    push(nameOf(subject), 'left', parent, vStart, 'en:spun-out-of');
    state.lastFounded = made.org;
    state.affiliations.set(nameOf(subject), { org: made.org, unit: made.unit });
  }
  // "The pair started Sonnetic in 2021": a founding date with no named subject dates the founders' titles.
  const pairStarted = /\b(?:[Tt]he (?:pair|two|duo|trio|founders|co-founders)|They|Both)\s+(?:co-?founded|founded|started|launched|set up)\s+/.exec(s);
  if (pairStarted) {
    const at = sentence.start + pairStarted.index + pairStarted[0].length;
    const made = orgs.find((o) => o.start === at);
    const when = made ? times.find((t) => t.start >= made.end && t.start - made.end <= 6 && t.date) : undefined;
    if (made && when && !state.foundingDates.has(made.org)) state.foundingDates.set(made.org, { date: when.date as PartialDate, absolute: when.absolute });
  }
  // "Zhongli's career took him from Microsoft Research Asia to Alibaba in 2014, then to Huawei in
  // 2019": each stop is joined when the next one is reached from it.
  const chain = CAREER_CHAIN.exec(s);
  if (chain) {
    const at = sentence.start + chain.index;
    const owner = /['’]s\s*$/.test(text.slice(Math.max(sentence.start, at - 3), at)) ? [...persons].reverse().find((p) => p.end <= at && at - p.end <= 3) : undefined;
    const who = owner ? nameOf(owner) : /^(?:His|Her|Their)\b/.test(chain[0]) ? state.focusAt(input.index) : null;
    const from = orgs.find((o) => o.start === at + chain[0].length);
    const stops = orgs.filter((o) => o.start > at && /\bto\s+(?:the\s+)?$/.test(text.slice(Math.max(at, o.start - 8), o.start)));
    if (who && from && stops.length) {
      const timeAfter = (o: OrgRef) => times.find((t) => t.start > o.end && t.start - o.end <= 6);
      let previous: OrgRef = from;
      for (const stop of stops) {
        const when = timeAfter(stop);
        const dated = when ? { date: when.date as PartialDate, absolute: when.absolute } : false;
        if (previous.org !== stop.org) push(who, 'left', previous, stop.start, 'en:career-chain', null, null, dated);
        push(who, 'joined', stop, stop.start, 'en:career-chain', null, null, dated);
        previous = stop;
      }
    }
  }
  // "Lin Xiaotong, who moved from Wise to Plaid in April": both ends of the move.
  for (const m of s.matchAll(/\b(?:moved|moves|moving|switched|switches|jumped|went)\s+from\s+(?:the\s+)?/g)) {
    const vStart = sentence.start + m.index;
    const vEnd = vStart + m[0].length;
    const from = orgs.find((o) => o.start === vEnd);
    const to = from ? orgs.find((o) => o.start > from.end && /^\s+to\s+(?:the\s+)?$/.test(text.slice(from.end, o.start))) : undefined;
    const who = [...persons].reverse().find((p) => p.end <= vStart && !breaksClause(text.slice(p.end, vStart)));
    if (!from || !to || !who || from.org === to.org) continue;
    push(nameOf(who), 'left', from, vStart, 'en:moved-from-to');
    push(nameOf(who), 'joined', to, vStart, 'en:moved-from-to');
  }
  dateLeavingsByMove(facts, ENGLISH_PAST_TIE_RULES);
  // The focus is the sentence's subject: the first person a fact is about, not a partner named later.
  // (Else the first person named, also by surname alone: "Qu started in May." — not a pronoun.)
  // (A founder named in an apposition, "X, the developer founded by A, has named B", is not whom
  // the next sentence's "He" means: a person who moves comes first.)
  const subject = persons.map(nameOf).find((n) => facts.some((f) => f.person === n && !APPOSITIVE_FOUNDING.test(f.rule)))
    ?? persons.map(nameOf).find((n) => facts.some((f) => f.person === n)) ?? persons.find((p) => p.source !== 'known')?.name ?? persons.find((p) => p.resolved && !/^(?:he|she|him|her)$/i.test(p.name))?.resolved;
  if (subject) state.setFocus(subject, input.index);
  state.rememberOrgs(orgs);
  return facts;
}

/** Start of the run of sentences ending in semicolons that leads up to the one at `start` (at most three back). */
function semicolonChainStart(text: string, start: number): number {
  let at = start;
  for (let k = 0; k < 3; k++) {
    const before = text.slice(Math.max(0, at - 400), at);
    if (!/;\s*$/.test(before)) break;
    const body = before.replace(/;\s*$/, '');
    const boundary = Math.max(body.lastIndexOf('. ') + 2, body.lastIndexOf('; ') + 2, body.lastIndexOf('\n') + 1);
    if (boundary <= 0) break;
    at = at - before.length + boundary;
  }
  return at;
}

function nameOf(p: PersonRef): string {
  return p.resolved ?? p.name;
}

/**
 * The post a move names: "as CTO" right after the verb or after the organisation ("has joined
 * OpenAI as head of product", "will step down as chief executive"), or the title between a passive
 * verb and the organisation ("has been named chief operating officer of Rivian").
 */
function roleOfMove(text: string, orgs: OrgRef[], org: { org: string } | null, vEnd: number, end: number): string | null {
  const mention = org ? orgs.find((o) => o.start >= vEnd && o.start - vEnd < 90 && o.org === org.org) : undefined;
  const titled = mention ? /^\s+(?:the\s+|its\s+|an?\s+)?(?:new\s+)?([A-Za-z][A-Za-z -]{1,50}?)\s+(?:of|at)\s+(?:the\s+)?$/.exec(text.slice(vEnd, mention.start)) : null;
  const role = roleAfterAs(text, vEnd, end) ?? (mention ? roleAfterAs(text, mention.end, end) : null) ?? (titled && ROLE_WORD.test(titled[1]!) ? titled[1]! : null);
  return role && !/^(?:part|well|such|soon|long|much|a result|one|an?|the)$/i.test(role) ? role : null;
}

/** A word that makes a phrase a title ("chief operating officer", "head of research"). */
const ROLE_WORD = /\b(?:chief|officer|president|head|director|lead|manager|chair(?:man|woman)?|CEO|CTO|CFO|COO|partner|scientist|engineer|researcher|VP|vice|executive|fellow|adviser|advisor)\b/i;

