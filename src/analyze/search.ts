import type { TalentStore } from '../store/schema.js';
import type { SearchResult } from './types.js';

/** People, organisations and article text matching `text` (works for Chinese). */
export async function search(_store: TalentStore, _text: string, _options: { limit?: number } = {}): Promise<SearchResult> {
  throw new Error('search: not implemented yet');
}
