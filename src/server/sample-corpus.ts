import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TalentStore } from '../store/schema.js';
import { getOverview } from '../analyze/index.js';
import { ingestDocuments, type IngestProgress, type IngestSummary } from '../pipeline/ingest-documents.js';

/** The sample articles beside the repository (../shared/corpus/seeds), from src/ or dist/ alike. */
export function sampleCorpusDir(): string {
  return fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));
}

/**
 * Fills an empty store with the sample corpus through the real pipeline, so `npm start` on a fresh
 * clone shows a populated dashboard. A store that already holds articles is left as it is.
 * Returns null when nothing was ingested (store not empty, or no sample corpus here).
 */
export async function ingestSampleIfEmpty(store: TalentStore, dir = sampleCorpusDir(), onProgress?: (progress: IngestProgress) => void): Promise<IngestSummary | null> {
  const { documents } = await getOverview(store);
  if (documents > 0 || !existsSync(dir)) return null;
  return ingestDocuments(store, [dir], {}, onProgress);
}
