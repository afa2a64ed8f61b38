/**
 * The questions the talent graph answers, as async functions of an open store with typed results.
 * The CLI and the REST API both call these; names and result shapes are kept stable.
 */
export type * from './types.js';
export { getOverview, listLatestMoves } from './overview.js';
export { findOrg, getOrg, listAlumni, listDepartures, listArrivals, getOrgActivity, getOrgNetwork } from './org-views.js';
export { findPeople, getPersonTimeline } from './person-timeline.js';
export { getFlows, getNetFlows } from './flows.js';
export { listBoomerangs } from './boomerangs.js';
export { listFounders, countSectors } from './founders.js';
export { search } from './search.js';
export { listHomonyms, type HomonymPair } from './homonyms.js';
export { listDocuments, getDocument } from './documents.js';
export { listReviewQueue, recordReviewDecision, listReviewDecisions } from '../store/review-decisions.js';
export type { ReviewDecisionInput, ReviewDecision, ReviewItem } from '../store/review-decisions.js';
