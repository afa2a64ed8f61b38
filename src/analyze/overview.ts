import type { TalentStore } from '../store/schema.js';
import type { Overview, MoveView, Page, PageOptions, PeriodFilter } from './types.js';

/** Counts for the overview page. */
export async function getOverview(_store: TalentStore): Promise<Overview> {
  throw new Error('getOverview: not implemented yet');
}

/** Moves, latest first (undated last). */
export async function listLatestMoves(_store: TalentStore, _options: PeriodFilter & PageOptions = {}): Promise<Page<MoveView>> {
  throw new Error('listLatestMoves: not implemented yet');
}
