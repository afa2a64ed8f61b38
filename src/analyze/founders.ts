import type { TalentStore } from '../store/schema.js';
import type { Founder, Page, PageOptions, PeriodFilter, SectorCount } from './types.js';

/** People who founded a company, with its sector and the organisations they had left. */
export async function listFounders(_store: TalentStore, _options: PeriodFilter & PageOptions & { alumniOf?: string | number; sector?: string } = {}): Promise<Page<Founder>> {
  throw new Error('listFounders: not implemented yet');
}

/** Companies founded per sector. */
export async function countSectors(_store: TalentStore, _options: PeriodFilter & { alumniOf?: string | number } = {}): Promise<SectorCount[]> {
  throw new Error('countSectors: not implemented yet');
}
