import type { TalentStore } from '../store/schema.js';
import type { AlumniResult, ClaimView, OrgActivity, OrgDetail, OrgNetwork, OrgRef, Page, PageOptions, PeriodFilter } from './types.js';

/** An organisation by id, name or alias (merges followed). */
export async function findOrg(_store: TalentStore, _nameOrId: string | number): Promise<OrgRef | null> {
  throw new Error('findOrg: not implemented yet');
}

/** One organisation with parent, subsidiaries, aliases, units and counts; NotFoundError if unknown. */
export async function getOrg(_store: TalentStore, _nameOrId: string | number): Promise<OrgDetail> {
  throw new Error('getOrg: not implemented yet');
}

/** People who left the organisation (its units and subsidiaries included), where they went, what they founded. */
export async function listAlumni(_store: TalentStore, _org: string | number, _options: PeriodFilter & PageOptions = {}): Promise<AlumniResult> {
  throw new Error('listAlumni: not implemented yet');
}

/** `left` claims of the organisation (units and subsidiaries included), latest first. */
export async function listDepartures(_store: TalentStore, _org: string | number, _options: PeriodFilter & PageOptions = {}): Promise<Page<ClaimView>> {
  throw new Error('listDepartures: not implemented yet');
}

/** `joined` and `founded` claims of the organisation, latest first. */
export async function listArrivals(_store: TalentStore, _org: string | number, _options: PeriodFilter & PageOptions = {}): Promise<Page<ClaimView>> {
  throw new Error('listArrivals: not implemented yet');
}

/** Departures and arrivals per month or quarter. */
export async function getOrgActivity(_store: TalentStore, _org: string | number, _options: PeriodFilter & { period?: 'month' | 'quarter' } = {}): Promise<OrgActivity> {
  throw new Error('getOrgActivity: not implemented yet');
}

/** Ego network: the organisation, people who left or joined it, and where they went next. */
export async function getOrgNetwork(_store: TalentStore, _org: string | number, _options: { limit?: number } = {}): Promise<OrgNetwork> {
  throw new Error('getOrgNetwork: not implemented yet');
}
