import type { Generated, Kysely } from 'kysely';

/**
 * The tables of the talent graph, as kysely sees them. Extraction output (documents, facts) is
 * rebuilt by re-extraction; resolution output (people, orgs, claims, moves) is derived from facts;
 * review_decisions are a person's decisions, never rewritten by the machine.
 */
export interface DocumentsTable {
  id: Generated<number>;
  /** The reader's Document.id (file name stem or hash prefix). */
  doc_key: string;
  source: string;
  url: string | null;
  title: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string | null;
  published_inferred: number;
  content_hash: string;
  /** 64-bit SimHash as 16 hex digits, for reprint detection. */
  fingerprint: string | null;
  /** The four 16-bit bands of the fingerprint: two near-duplicates share at least one (pigeonhole). */
  fp_band0: string | null;
  fp_band1: string | null;
  fp_band2: string | null;
  fp_band3: string | null;
  near_duplicate_of: number | null;
  text: string;
  format: string | null;
  ingested_at: string;
  /** Extractor (name@version) whose facts are stored for this document. */
  extractor: string | null;
}

export interface FactsTable {
  id: Generated<number>;
  doc_id: number;
  /** Stable across re-extraction: hash of doc content hash + person + relation + org + evidence offsets. */
  fact_key: string;
  person: string;
  person_id: number | null;
  relation: string;
  org: string | null;
  org_id: number | null;
  unit: string | null;
  role: string | null;
  date: string | null;
  status: string;
  evidence: string;
  evidence_start: number | null;
  evidence_end: number | null;
  sector: string | null;
  cause: string | null;
  confidence: number | null;
  extractor: string | null;
  /** pending | accepted | rejected | corrected (after review decisions are applied). */
  review_state: string;
  /** 0 when the document is a near-duplicate reprint: kept as a source but not independent. */
  independent: number;
}

export interface PeopleTable {
  id: Generated<number>;
  name: string;
  norm_name: string;
  /** Another person with the same name kept apart by the homonym rule; shown for review. */
  homonym_of: number | null;
  /** Set when a review merged this person into another. */
  merged_into: number | null;
}

export interface PersonAliasesTable {
  person_id: number;
  alias: string;
  norm_alias: string;
}

export interface OrgsTable {
  id: Generated<number>;
  name: string;
  norm_name: string;
  /** big_tech | startup | lab | investor | university | company | institute | government | unknown */
  kind: string;
  sector: string | null;
  parent_id: number | null;
  merged_into: number | null;
}

export interface OrgAliasesTable {
  org_id: number;
  alias: string;
  norm_alias: string;
}

export interface ClaimsTable {
  id: Generated<number>;
  person_id: number;
  relation: string;
  org_id: number | null;
  /** Representative date: the most precise date agreeing with the others, else the earliest. */
  date: string | null;
  /** Comparable form of `date` (missing parts as 00) for ordering and range filters. */
  date_sort: string | null;
  role: string | null;
  unit: string | null;
  status: string;
  /** Independent documents stating it (near-duplicate reprints excluded). */
  source_count: number;
  has_conflict: number;
  /** JSON: [{field, values: [{value, fact_ids}]}] */
  conflicts: string | null;
  sector: string | null;
}

export interface ClaimSourcesTable {
  claim_id: number;
  fact_id: number;
}

export interface MovesTable {
  id: Generated<number>;
  person_id: number;
  from_org_id: number | null;
  to_org_id: number | null;
  /** joined | founded */
  to_relation: string;
  date: string | null;
  date_sort: string | null;
  left_claim_id: number;
  to_claim_id: number;
}

export interface BoomerangsTable {
  id: Generated<number>;
  person_id: number;
  org_id: number;
  left_claim_id: number;
  joined_claim_id: number;
  left_date: string | null;
  joined_date: string | null;
  joined_sort: string | null;
}

export interface ReviewDecisionsTable {
  id: Generated<number>;
  /** fact | person | org */
  target_kind: string;
  /** fact_key, person id or org id (as text). */
  target: string;
  /** accept | reject | correct | merge_people | merge_orgs | add_alias */
  action: string;
  payload: string | null;
  created_at: string;
  author: string | null;
}

export interface TalentDatabase {
  documents: DocumentsTable;
  facts: FactsTable;
  people: PeopleTable;
  person_aliases: PersonAliasesTable;
  orgs: OrgsTable;
  org_aliases: OrgAliasesTable;
  claims: ClaimsTable;
  claim_sources: ClaimSourcesTable;
  moves: MovesTable;
  boomerangs: BoomerangsTable;
  review_decisions: ReviewDecisionsTable;
}

export type StoreDialect = 'sqlite' | 'postgres';

/** An open store: the kysely handle plus what the queries need to know about the engine. */
export interface TalentStore {
  db: Kysely<TalentDatabase>;
  dialect: StoreDialect;
  /** Where it is: a file path or a postgres:// URL (password hidden). */
  location: string;
  /** SQLite only: the better-sqlite3 handle under kysely, for bulk loads with prepared statements. */
  sqlite?: import('better-sqlite3').Database;
  close(): Promise<void>;
}
