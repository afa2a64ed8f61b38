/**
 * The JSON the REST API answers (see /api/openapi.json). The result shapes are the analytics' own
 * types (src/analyze/types.ts, type-only import: nothing of the server is bundled), plus what the
 * API adds: pages carry their limit and offset, writes answer with what they changed.
 */
import type { Alumnus, DocumentHit, DocumentSummary, FactView, Flow, NetFlow, OrgRef, PersonRef, SectorCount } from '../../../src/analyze/types';

export type {
  Alumnus,
  ClaimView,
  Conflict,
  DocumentHit,
  DocumentSummary,
  DocumentView,
  FactStatus,
  FactView,
  Flow,
  FlowEnd,
  Founder,
  SectorCount,
  MoveView,
  NetFlow,
  NetworkEdge,
  NetworkNode,
  OrgActivity,
  OrgDetail,
  OrgNetwork,
  OrgRef,
  Overview,
  PersonRef,
  PersonTimeline,
  ReviewState,
  SourceRef,
} from '../../../src/analyze/types';
export type { Relation } from '../../../src/extract/fact';

/** One page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface AlumniPage extends Page<Alumnus> {
  org: OrgRef;
}

export interface NetFlows {
  exporters: Array<NetFlow>;
  importers: Array<NetFlow>;
}

export interface FlowsResult {
  by: 'org' | 'kind';
  flows: Array<Flow>;
}

export interface SearchResults {
  query: string;
  people: Page<PersonRef>;
  orgs: Page<OrgRef>;
  documents: Page<DocumentHit>;
}

export interface Correction {
  person?: string;
  relation?: 'joined' | 'left' | 'founded' | 'stepped_down';
  org?: string;
  unit?: string;
  date?: string;
  role?: string;
}

/** A fact awaiting review, with the article it comes from (the store's ReviewItem). */
export interface ReviewItem extends FactView {
  docTitle: string | null;
  published: string | null;
}

export interface AddArticleResult {
  outcome: 'new' | 'duplicate' | 'near_duplicate';
  duplicate: boolean;
  document: DocumentSummary;
  facts: FactView[];
}

export interface SectorCounts {
  sectors: Array<SectorCount>;
}
