import type { TalentStore } from '../store/schema.js';
import { UsageError } from '../errors.js';
import { loadExportGraph } from './load-graph.js';
import { writeGraphml } from './write-graphml.js';
import { writeGexf } from './write-gexf.js';
import { writeCsv } from './write-csv.js';
import { writeJson } from './write-json.js';
import { writeCypher } from './write-cypher.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const WRITERS = { graphml: writeGraphml, gexf: writeGexf, csv: writeCsv, json: writeJson, cypher: writeCypher };

/** Writes the whole talent graph in one format, chunk by chunk. */
export async function exportGraph(store: TalentStore, format: string, write: (chunk: string) => void): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format "${format}": use one of ${EXPORT_FORMATS.join(', ')}`);
  const graph = await loadExportGraph(store);
  WRITERS[format as ExportFormat](graph, write);
}
