import type { TalentStore } from '../store/schema.js';
import type { Boomerang, Page, PageOptions } from './types.js';

/** People who joined an organisation they had left before. */
export async function listBoomerangs(_store: TalentStore, _options: PageOptions & { org?: string | number } = {}): Promise<Page<Boomerang>> {
  throw new Error('listBoomerangs: not implemented yet');
}
