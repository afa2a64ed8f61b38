import type { TalentStore } from './schema.js';
import type { FactView, Page, PageOptions } from '../analyze/types.js';
import type { Relation } from '../extract/fact.js';

/** A reviewer's decision. Stored apart from extraction and re-applied after every (re-)extraction. */
export type ReviewDecisionInput = { author?: string } & (
  | { action: 'accept' | 'reject'; factKey: string }
  | {
      action: 'correct';
      factKey: string;
      changes: Partial<{ person: string; relation: Relation; org: string | null; unit: string | null; role: string | null; date: string | null; status: 'confirmed' | 'reported' }>;
    }
  | { action: 'merge_people'; from: number; into: number }
  | { action: 'merge_orgs'; from: number; into: number }
  | { action: 'add_alias'; target: 'person' | 'org'; id: number; alias: string }
);

export interface ReviewDecision {
  id: number;
  targetKind: 'fact' | 'person' | 'org';
  target: string;
  action: ReviewDecisionInput['action'];
  payload: unknown;
  createdAt: string;
  author: string | null;
}

/** A fact awaiting review, with the article it comes from. */
export interface ReviewItem extends FactView {
  docTitle: string | null;
  published: string | null;
}

/** Stores a decision and applies it at once (claims and moves of the people concerned are rebuilt). */
export async function recordReviewDecision(_store: TalentStore, _decision: ReviewDecisionInput): Promise<ReviewDecision> {
  throw new Error('recordReviewDecision: not implemented yet');
}

/** Facts awaiting review (no decision yet), lowest confidence first. */
export async function listReviewQueue(_store: TalentStore, _options: PageOptions = {}): Promise<Page<ReviewItem>> {
  throw new Error('listReviewQueue: not implemented yet');
}

/** All decisions, oldest first (the order they are re-applied in). */
export async function listReviewDecisions(_store: TalentStore): Promise<ReviewDecision[]> {
  throw new Error('listReviewDecisions: not implemented yet');
}
