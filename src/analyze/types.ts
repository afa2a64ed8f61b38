import type { Relation } from '../extract/fact.js';

/** Result types of the derived views: what the CLI prints and the REST API returns. */

export type ReviewState = 'pending' | 'accepted' | 'rejected' | 'corrected';
export type FactStatus = 'confirmed' | 'reported';

export interface PersonRef {
  id: number;
  name: string;
}

export interface OrgRef {
  id: number;
  name: string;
  /** big_tech | startup | lab | investor | university | company | institute | government | unknown */
  kind: string;
}

/** Inclusive period bounds, each YYYY, YYYY-MM or YYYY-MM-DD; undated items are left out when a bound is set. */
export interface PeriodFilter {
  since?: string;
  until?: string;
}

export interface PageOptions {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  total: number;
  items: T[];
}

/** One extracted fact as stored (after review decisions are applied). */
export interface FactView {
  id: number;
  factKey: string;
  docId: number;
  docKey: string;
  person: string;
  personId: number | null;
  relation: Relation;
  org: string | null;
  orgId: number | null;
  unit: string | null;
  role: string | null;
  date: string | null;
  status: FactStatus;
  evidence: string;
  evidenceStart: number | null;
  evidenceEnd: number | null;
  sector: string | null;
  cause: string | null;
  confidence: number | null;
  extractor: string | null;
  reviewState: ReviewState;
  /** False when the fact comes from a near-duplicate reprint. */
  independent: boolean;
}

/** One document stating a claim. */
export interface SourceRef {
  factId: number;
  factKey: string;
  docId: number;
  docKey: string;
  title: string | null;
  url: string | null;
  published: string | null;
  evidence: string;
  evidenceStart: number | null;
  evidenceEnd: number | null;
  date: string | null;
  role: string | null;
  unit: string | null;
  status: FactStatus;
  confidence: number | null;
  reviewState: ReviewState;
  independent: boolean;
}

/** Sources of one claim that disagree on a field; values at different precision that agree (2024 / 2024-10) are not a conflict. */
export interface Conflict {
  field: 'date' | 'role';
  values: Array<{ value: string; factIds: number[] }>;
}

/** The same (person, relation, organisation) stated by one or more documents. */
export interface ClaimView {
  id: number;
  person: PersonRef;
  relation: Relation;
  org: OrgRef | null;
  unit: string | null;
  role: string | null;
  date: string | null;
  status: FactStatus;
  /** Independent documents (near-duplicate reprints not counted). */
  sourceCount: number;
  sector: string | null;
  conflicts: Conflict[];
  sources: SourceRef[];
}

/** A derived move: left `from`, then joined or founded `to`. */
export interface MoveView {
  id: number;
  person: PersonRef;
  from: OrgRef | null;
  to: OrgRef | null;
  toRelation: 'joined' | 'founded';
  date: string | null;
  status: FactStatus;
  sourceCount: number;
  conflicts: Conflict[];
  sources: SourceRef[];
}

export interface Overview {
  documents: number;
  nearDuplicates: number;
  facts: number;
  people: number;
  orgs: number;
  claims: number;
  moves: number;
  conflicts: number;
  pendingReview: number;
  /** People kept apart from a same-named person, awaiting a merge-or-keep decision. */
  homonyms: number;
}

export interface OrgDetail extends OrgRef {
  sector: string | null;
  parent: OrgRef | null;
  /** Subsidiaries (KB parent links). */
  children: OrgRef[];
  aliases: string[];
  /** Units named in facts (TikTok, 火山引擎, AI Lab…) with how many facts name them. */
  units: Array<{ name: string; facts: number }>;
  counts: { departures: number; arrivals: number; founders: number; alumni: number };
}

export interface Alumnus {
  person: PersonRef;
  /** The departure (of the organisation or one of its units/subsidiaries). */
  left: ClaimView;
  /** Where they went next (moves out of the organisation). */
  wentTo: Array<{ org: OrgRef | null; relation: 'joined' | 'founded'; date: string | null }>;
  /** Everything they founded, with sectors. */
  founded: Array<{ org: OrgRef | null; sector: string | null; date: string | null }>;
}

export interface AlumniResult extends Page<Alumnus> {
  org: OrgRef;
}

export interface PeriodCount {
  /** YYYY-MM or YYYY-Qn */
  period: string;
  departures: number;
  arrivals: number;
}

export interface OrgActivity {
  org: OrgRef;
  period: 'month' | 'quarter';
  series: PeriodCount[];
  /** Facts with no date, or a date less precise than the period. */
  undated: { departures: number; arrivals: number };
}

export interface Boomerang {
  person: PersonRef;
  org: OrgRef;
  left: { date: string | null; claimId: number };
  rejoined: { date: string | null; claimId: number };
}

export interface Founder {
  person: PersonRef;
  org: OrgRef | null;
  sector: string | null;
  date: string | null;
  /** Organisations they had left (the alumni link). */
  previous: OrgRef[];
  claimId: number;
}

export interface SectorCount {
  sector: string;
  founded: number;
}

export interface NetFlow {
  org: OrgRef;
  arrivals: number;
  departures: number;
  net: number;
}

export interface FlowEnd {
  /** Organisation id; null for an unnamed organisation or when grouped by kind. */
  id: number | null;
  name: string;
  kind: string;
}

export interface Flow {
  from: FlowEnd;
  to: FlowEnd;
  count: number;
}

export interface FlowOptions extends PeriodFilter {
  top?: number;
  by?: 'org' | 'kind';
  /** Only moves into organisations founded/working in this sector. */
  sector?: string;
  relation?: 'joined' | 'founded';
}

export interface PersonTimeline {
  person: PersonRef;
  aliases: string[];
  /** Same-named people kept apart by the homonym rule. */
  homonyms: PersonRef[];
  /** Claims ordered by date (undated last), each with sources and conflicts. */
  entries: ClaimView[];
  moves: MoveView[];
}

export interface DocumentHit {
  id: number;
  docKey: string;
  title: string | null;
  published: string | null;
  snippet: string;
}

export interface SearchResult {
  people: PersonRef[];
  orgs: OrgRef[];
  documents: DocumentHit[];
}

export interface DocumentSummary {
  id: number;
  docKey: string;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  nearDuplicateOf: number | null;
  ingestedAt: string;
  factCount: number;
}

export interface DocumentView extends DocumentSummary {
  text: string;
  /** Facts in text order; evidenceStart/evidenceEnd point into `text`. */
  facts: FactView[];
}

export interface NetworkNode {
  /** `org:<id>` or `person:<id>` */
  id: string;
  type: 'org' | 'person';
  label: string;
  kind?: string;
}

export interface NetworkEdge {
  source: string;
  target: string;
  relation: Relation;
  date: string | null;
}

export interface OrgNetwork {
  org: OrgRef;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
