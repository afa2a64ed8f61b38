import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { exportGraph, EXPORT_FORMATS } from '../../export/export-graph.js';
import { UsageError } from '../../errors.js';
import { withStore } from '../query-output.js';

export function register(program: Command): void {
  program
    .command('export')
    .description('Write the talent graph (people, organisations, claims, moves) for other tools')
    .requiredOption('-f, --format <format>', EXPORT_FORMATS.join(' | '))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: TALENTFLOW_DB, else ./talentflow.db)')
    .addHelpText('after', `
Examples:
  talentflow export --format graphml > graph.graphml     # yEd, Gephi, NetworkX
  talentflow export --format gexf -o graph.gexf           # Gephi
  talentflow export --format csv > claims.csv             # one row per claim
  talentflow export --format cypher | cypher-shell        # Neo4j`)
    .action(async (flags: { format: string; output?: string; db?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format "${flags.format}": use one of ${EXPORT_FORMATS.join(', ')}`);
      await withStore(flags.db, async (store) => {
        const out = flags.output ? createWriteStream(flags.output) : process.stdout;
        let buffer = '';
        await exportGraph(store, flags.format, (chunk) => {
          buffer += chunk;
          if (buffer.length > 1 << 16) {
            out.write(buffer);
            buffer = '';
          }
        });
        await new Promise<void>((resolve, reject) => {
          if (out === process.stdout) out.write(buffer, (err) => (err ? reject(err) : resolve()));
          else (out as ReturnType<typeof createWriteStream>).end(buffer, () => resolve());
        });
      });
    });
}
