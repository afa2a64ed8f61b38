import { toSimplified } from '../text/to-simplified.js';
import { CharTrie, type TrieHit } from './char-trie.js';
import { foldCodeKeepCase, foldKey, isLatinAlnum, isSpaceCode } from './fold-char.js';
import { readOrgData, withTraditionalAliases, type AliasGuard, type OrgData, type OrgEntry, type UnitHead } from './org-data.js';

export type { OrgEntry, OrgKind, OrgUnit } from './org-data.js';

export interface OrgMatch {
  /** Canonical company-level name (the entry's `name`). */
  org: string;
  /** The unit part as written: the text after the organisation's own name ("AI Lab", "混元大模型团队"), or the whole mention when it names only a unit ("抖音"). */
  unit: string | null;
  /** Canonical name of the KB unit the unit part starts with ("混元" for "混元大模型团队"), null for a free team name after the org. */
  kbUnit: string | null;
  entry: OrgEntry;
}

export interface OrgMention extends OrgMatch {
  start: number;
  end: number;
  text: string;
}

export interface OrgKb {
  entries(): readonly OrgEntry[];
  /** The entry with this canonical name. */
  byName(name: string): OrgEntry | undefined;
  /**
   * Exact lookup of a whole name (NFKC, Latin case-insensitive except case-sensitive aliases,
   * Traditional→Simplified, spaces ignored). Context-only aliases ("Seed", "荣耀") resolve here,
   * because the caller already read the name as an organisation; generic team words ("AI Lab") do not.
   */
  resolve(name: string): OrgMatch | null;
  /** Every KB organisation/unit mention in a (Simplified) text: leftmost-longest, non-overlapping, Latin only at word boundaries. */
  findMentions(text: string): OrgMention[];
}

/** The knowledge base of data/orgs.json, built once per process. */
export function loadOrgKb(): OrgKb {
  cached ??= createOrgKb(readOrgData());
  return cached;
}
let cached: OrgKb | undefined;

/** A knowledge base over given data (tests build small ones). Entries may be passed alone. */
export function createOrgKb(data: OrgData | OrgEntry[]): OrgKb {
  const full: OrgData = Array.isArray(data)
    ? { unitHeads: [], unitModifiers: [], orgSuffixes: [], guards: [], organisations: data }
    : data;
  return new OrgMatcher(full);
}

/** What an alias in the global trie points at. */
interface AliasTarget {
  entry: number;
  /** Index into entry.units, or null for the organisation itself. */
  unit: number | null;
  /** Matches only glued to its organisation or through resolve(). */
  context: boolean;
  /** Written forms (case kept, spaces removed) when the alias is case-sensitive. */
  exact: Set<string> | null;
  guard: AliasGuard | null;
  /** Two entries claim this name: never matched. */
  ambiguous: boolean;
}

interface TailWord {
  head: UnitHead | null;
  modifier: boolean;
}

interface Candidate {
  end: number;
  target: AliasTarget;
  /** Where the unit part of the mention begins, or -1 when the mention names only the organisation. */
  unitStart: number;
  kbUnit: number | null;
}

const MAX_TAIL_WORDS = 6;

/**
 * How strictly a name is read: `scan` (running text: no context-only aliases, guards apply),
 * `listed` (running text next to another organisation in a list: context-only aliases allowed,
 * guards apply), `exact` (resolve(): the caller already read the name as an organisation).
 */
type MatchMode = 'scan' | 'listed' | 'exact';

/** What may separate the items of a list of organisations ("曾在平安、字节跳动等公司任职"); not a comma, which ends clauses too. */
const LIST_SEPARATOR = /^\s*(?:[、/／]|和|与|及|以及|或|跟)\s*$/;

class OrgMatcher implements OrgKb {
  private readonly list: OrgEntry[];
  private readonly names = new Map<string, OrgEntry>();
  private readonly aliases = new CharTrie<AliasTarget>();
  private readonly unitTries: (CharTrie<AliasTarget> | null)[];
  private readonly tail = new CharTrie<TailWord>();
  private readonly suffixes = new CharTrie<true>();

  constructor(data: OrgData) {
    this.list = withTraditionalAliases(data.organisations);
    const guards = new Map(data.guards.map((g) => [foldKey(g.alias), g]));
    this.list.forEach((entry, e) => {
      this.names.set(entry.name, entry);
      const cs = new Set(entry.caseSensitive ?? []);
      for (const a of entry.aliases) this.addAlias(a, { entry: e, unit: null, context: false }, cs, guards);
      for (const a of entry.contextAliases ?? []) this.addAlias(a, { entry: e, unit: null, context: true }, cs, guards);
      entry.units?.forEach((unit, u) => {
        const ucs = new Set(unit.caseSensitive ?? []);
        for (const a of unit.aliases) this.addAlias(a, { entry: e, unit: u, context: false }, ucs, guards);
        for (const a of unit.contextAliases ?? []) this.addAlias(a, { entry: e, unit: u, context: true }, ucs, guards);
      });
    });
    this.unitTries = this.list.map((entry, e) => buildUnitTrie(entry, e));
    for (const head of data.unitHeads) this.tail.set(foldKey(head.text), { head, modifier: false }, (old) => ({ ...old, head }));
    for (const m of data.unitModifiers) this.tail.set(foldKey(m), { head: null, modifier: true }, (old) => ({ ...old, modifier: true }));
    for (const s of data.orgSuffixes) this.suffixes.set(foldKey(s), true);
  }

  entries(): readonly OrgEntry[] {
    return this.list;
  }

  byName(name: string): OrgEntry | undefined {
    return this.names.get(name);
  }

  resolve(name: string): OrgMatch | null {
    const text = toSimplified(name.normalize('NFKC')).trim();
    if (!text) return null;
    const found = this.matchAt(text, 0, 'exact');
    if (!found || text.slice(found.end).trim() !== '') return null;
    return this.toMatch(text, found);
  }

  findMentions(text: string): OrgMention[] {
    const out: OrgMention[] = [];
    const listed: OrgMention[] = [];
    for (let i = 0; i < text.length; ) {
      if (!this.aliases.startsAt(text, i) || (i > 0 && isLatinAlnum(text.charCodeAt(i)) && isLatinAlnum(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      const found = this.matchAt(text, i, 'scan');
      if (found) {
        out.push(this.toMention(text, i, found));
        i = found.end;
        continue;
      }
      // A context-only name ("平安", "荣耀") counts only as an item of a list of organisations.
      const inList = this.matchAt(text, i, 'listed');
      if (inList) listed.push(this.toMention(text, i, inList));
      i++;
    }
    return listed.length ? acceptListed(text, out, listed) : out;
  }

  /** The longest mention starting at `start`: an organisation with its unit and team tail, or a unit alone. */
  private matchAt(text: string, start: number, mode: MatchMode): Candidate | null {
    const walked = this.aliases.walk(text, start);
    if (walked.length === 0) return null;
    const hits = walked.filter((h) => this.valid(text, start, h, mode));
    let best: Candidate | null = null;
    for (const hit of hits) {
      const t = hit.value;
      const c: Candidate =
        t.unit === null
          ? this.extendOrg(text, hit.end, t)
          : { end: this.tailEnd(text, hit.end, true), target: t, unitStart: this.unitStartIn(text, start, hits, hit), kbUnit: t.unit };
      if (!best || c.end > best.end) best = c;
    }
    return best;
  }

  /**
   * Where the unit part of a unit alias begins: after the organisation's name when the alias
   * starts with it and the rest is itself a name of the unit ("字节跳动|AI Lab", "Google |DeepMind"),
   * else at the alias's start ("Meta AI" stays whole, "AI" alone is no unit).
   */
  private unitStartIn(text: string, start: number, hits: TrieHit<AliasTarget>[], hit: TrieHit<AliasTarget>): number {
    const t = hit.value;
    for (const h of hits) {
      if (h.end >= hit.end || h.value.entry !== t.entry || h.value.unit !== null) continue;
      const from = skipSpaces(text, h.end);
      const rest = this.unitTries[t.entry]?.walk(text, from).find((u) => u.end === hit.end);
      if (rest) return h.end;
    }
    return start;
  }

  /** After an organisation name: its own unit (context aliases allowed), then a team tail, or a company suffix. */
  private extendOrg(text: string, orgEnd: number, target: AliasTarget): Candidate {
    const units = this.unitTries[target.entry];
    const from = skipSpaces(text, orgEnd);
    const unitHits = units?.walk(text, from) ?? [];
    let unitHit: TrieHit<AliasTarget> | undefined;
    for (let k = unitHits.length - 1; k >= 0 && !unitHit; k--) if (this.valid(text, from, unitHits[k]!, 'exact')) unitHit = unitHits[k];
    if (unitHit) {
      const tailEnd = this.tailEnd(text, unitHit.end, true);
      return { end: Math.max(unitHit.end, tailEnd), target, unitStart: orgEnd, kbUnit: unitHit.value.unit };
    }
    const tailEnd = this.tailEnd(text, orgEnd, false);
    if (tailEnd > orgEnd) return { end: tailEnd, target, unitStart: orgEnd, kbUnit: null };
    const suffixes = this.suffixes.walk(text, skipSpaces(text, orgEnd));
    let end = orgEnd;
    for (let k = suffixes.length - 1; k >= 0 && end === orgEnd; k--) if (latinBoundaryAfter(text, suffixes[k]!.end)) end = suffixes[k]!.end;
    return { end, target, unitStart: -1, kbUnit: null };
  }

  /**
   * The end of the longest team name "modifier* head" starting at `from` ("AI应用产品线",
   * "大模型视觉基础研究团队"), or `from` when there is none. After an organisation (not a unit)
   * a head needs a modifier unless it is marked bare ("研究院").
   */
  private tailEnd(text: string, from: number, afterUnit: boolean): number {
    return Math.max(from, this.headEnd(text, from, afterUnit, 0));
  }

  /** The furthest end of "modifier* head" from `from`, or -1 when no head closes it. */
  private headEnd(text: string, from: number, afterUnit: boolean, modifiers: number): number {
    let best = -1;
    const at = skipSpaces(text, from);
    for (const hit of this.tail.walk(text, at)) {
      if (!latinBoundaryAfter(text, hit.end)) continue;
      const w = hit.value;
      if (w.head && (afterUnit || modifiers > 0 || w.head.bare)) best = Math.max(best, hit.end);
      if (w.modifier && modifiers < MAX_TAIL_WORDS) best = Math.max(best, this.headEnd(text, hit.end, afterUnit, modifiers + 1));
    }
    return best;
  }

  private valid(text: string, start: number, hit: TrieHit<AliasTarget>, mode: MatchMode): boolean {
    const t = hit.value;
    if (t.ambiguous || (t.context && mode === 'scan')) return false;
    if (!latinBoundaryAfter(text, hit.end)) return false;
    if (t.exact && !t.exact.has(writtenForm(text, start, hit.end))) return false;
    if (t.guard && mode !== 'exact' && guarded(text, start, hit.end, t.guard)) return false;
    return true;
  }

  private addAlias(alias: string, target: Omit<AliasTarget, 'exact' | 'guard' | 'ambiguous'>, caseSensitive: Set<string>, guards: Map<string, AliasGuard>): void {
    const key = foldKey(alias);
    if (!key) return;
    const exact = caseSensitive.has(alias) ? new Set([foldKey(alias, true)]) : null;
    const value: AliasTarget = { ...target, exact, guard: guards.get(key) ?? null, ambiguous: false };
    this.aliases.set(key, value, (old, added) => mergeTargets(old, added));
  }

  private toMention(text: string, start: number, c: Candidate): OrgMention {
    const m = this.toMatch(text, c);
    return { org: m.org, unit: m.unit, kbUnit: m.kbUnit, entry: m.entry, start, end: c.end, text: text.slice(start, c.end) };
  }

  private toMatch(text: string, c: Candidate): OrgMatch {
    const entry = this.list[c.target.entry]!;
    const unitText = c.unitStart < 0 ? null : text.slice(c.unitStart, c.end).trim() || null;
    const kbUnit = c.kbUnit === null ? null : (entry.units?.[c.kbUnit]?.name ?? null);
    return { org: entry.name, unit: unitText, kbUnit, entry };
  }
}

/** Verbs whose object is an employer, right before a name. */
const EMPLOYER_SLOT_BEFORE = /(?:从|加入|加盟|入职|离开|投奔|任职于|就职于|供职于|回归|重返|跳槽至|跳槽到)\s*$/;
/** A post or a spokesman right after a name ("地平线前副总裁", "荣耀方面"). */
const EMPLOYER_SLOT_AFTER = /^\s*(?:[\u4e00-\u9fffA-Za-z]{0,6}?(?:前|原)?(?:副总裁|总裁|联合创始人|创始人|CEO|CTO|COO|CFO|高管|员工|工程师|研究员|负责人|董事长|总经理|首席|副总|总监)|方面|官方|内部人士|由[^，,。；]{1,16}?(?:创立|创办|创建|成立)|[\u4e00-\u9fff]{1,8}?(?:学系|系|学院|研究院|研究所|实验室|事业部)(?:前|原)?(?:副?教授|讲师|研究员|院长|系主任|主任|总监|负责人|总经理))/;

/**
 * Adds the context-only mentions that sit in a list next to an accepted mention, repeating so a
 * list of several context-only names hangs on one accepted name ("平安、字节跳动、小红书"), and those
 * of an organisation the text has named in full elsewhere.
 */
function acceptListed(text: string, accepted: OrgMention[], listed: OrgMention[]): OrgMention[] {
  const out = [...accepted];
  let pending = listed;
  for (let added = true; added && pending.length; ) {
    added = false;
    const rest: OrgMention[] = [];
    for (const m of pending) {
      const overlaps = out.some((o) => m.start < o.end && o.start < m.end);
      const adjacent = out.some((o) => (o.end <= m.start && LIST_SEPARATOR.test(text.slice(o.end, m.start))) || (m.end <= o.start && LIST_SEPARATOR.test(text.slice(m.end, o.start))));
      // "地平线（Horizon Robotics）…地平线前副总裁": once the text names the organisation in full, its short name means it.
      const confirmed = accepted.some((o) => o.entry === m.entry && o.unit === null && m.unit === null);
      // "从地平线离职", "地平线前副总裁": a slot only an employer fills.
      // (Not inside another word: "比亚迪王朝网华东大区总经理" holds no 东大.)
      const slotBefore = EMPLOYER_SLOT_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start));
      const inWord = !slotBefore && /[\u4e00-\u9fff]/.test(text[m.start - 1] ?? '') && !/[前原从在于的、与和及入盟到至任职]/.test(text[m.start - 1] ?? '')
        && /[\u4e00-\u9fff]/.test(text[m.end] ?? '') && !/^(?:前|原|的|副|总|首席|高管|创始)/.test(text.slice(m.end, m.end + 2));
      const slotted = !inWord && (slotBefore || EMPLOYER_SLOT_AFTER.test(text.slice(m.end, m.end + 20)));
      if (!overlaps && (adjacent || confirmed || slotted)) {
        out.push(m);
        added = true;
      } else if (!overlaps) rest.push(m);
    }
    pending = rest;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Two aliases with the same key: same place (another spelling) merges; a name and a context-only name keep the name; else ambiguous. */
function mergeTargets(old: AliasTarget, added: AliasTarget): AliasTarget {
  if (old.entry === added.entry && old.unit === added.unit) {
    const exact = old.exact && added.exact ? new Set([...old.exact, ...added.exact]) : null;
    return { ...old, context: old.context && added.context, exact };
  }
  if (old.context !== added.context) return old.context ? added : old;
  return { ...old, ambiguous: true };
}

function buildUnitTrie(entry: OrgEntry, e: number): CharTrie<AliasTarget> | null {
  if (!entry.units?.length) return null;
  const trie = new CharTrie<AliasTarget>();
  entry.units.forEach((unit, u) => {
    const cs = new Set(unit.caseSensitive ?? []);
    for (const a of [...unit.aliases, ...(unit.contextAliases ?? [])]) {
      const key = foldKey(a);
      const exact = cs.has(a) ? new Set([foldKey(a, true)]) : null;
      trie.set(key, { entry: e, unit: u, context: false, exact, guard: null, ambiguous: false }, (old, added) =>
        old.unit === added.unit ? { ...old, exact: old.exact && added.exact ? new Set([...old.exact, ...added.exact]) : null } : old,
      );
    }
  });
  return trie;
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 2 && isSpaceCode(text.charCodeAt(j))) j++;
  return j;
}

/** A match ending in a Latin letter/digit must not be followed by one ("Meta" in "Metaverse"). */
function latinBoundaryAfter(text: string, end: number): boolean {
  if (end >= text.length || end === 0) return true;
  return !(isLatinAlnum(text.charCodeAt(end - 1)) && isLatinAlnum(text.charCodeAt(end)));
}

/** The matched span as written (width-folded, case kept, spaces dropped), to compare with case-sensitive aliases. */
function writtenForm(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code)) out += String.fromCharCode(foldCodeKeepCase(code));
  }
  return out;
}

function guarded(text: string, start: number, end: number, guard: AliasGuard): boolean {
  if (guard.notAfter?.some((w) => w.length <= start && text.startsWith(w, start - w.length))) return true;
  if (guard.notBefore?.some((w) => text.startsWith(w, end))) return true;
  return false;
}
