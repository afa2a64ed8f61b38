import type { Command } from 'commander';
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import cliProgress from 'cli-progress';
import { ingestDocuments, type IngestSummary } from '../../pipeline/ingest-documents.js';
import { reextractAll } from '../../pipeline/reextract.js';
import { UsageError } from '../../errors.js';
import { printJson, withStore } from '../query-output.js';

interface IngestFlags {
  db?: string;
  json?: boolean;
  published?: string;
  maxSize: string;
  allowPrivateNetwork?: boolean;
  reextract?: boolean;
  progress: boolean;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Read articles, extract their facts and store them in the talent graph (SQLite or PostgreSQL)')
    .argument('[inputs...]', 'files, folders (read recursively), URLs, RSS feeds, or - for standard input')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: TALENTFLOW_DB, else ./talentflow.db)')
    .option('-p, --published <date>', 'publication date (YYYY, YYYY-MM or YYYY-MM-DD) for articles that give none')
    .option('--max-size <MB>', 'largest input accepted, in MB', '20')
    .option('--allow-private-network', 'allow URLs on loopback or private addresses')
    .option('--reextract', 'rebuild the facts of every stored article with the current extractor, then re-apply review decisions')
    .option('--no-progress', 'no progress bar on stderr')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', `
Examples:
  talentflow ingest ../shared/corpus/seeds
  talentflow ingest https://example.com/feed.xml --db postgres://localhost/talent
  talentflow ingest --reextract

Each article is stored in its own transaction: stopping the run leaves a consistent store and
running it again completes the rest. An article already stored (same text) changes nothing; a
reprint of a stored story is kept, linked to it, and not counted as another source.
Exit code 1 when any input failed.`)
    .action(async (inputs: string[], flags: IngestFlags) => {
      const maxMb = Number(flags.maxSize);
      if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-size must be a positive number of MB, not "${flags.maxSize}"`);
      if (!flags.reextract && inputs.length === 0) throw new UsageError('nothing to ingest: give files, folders or URLs (or --reextract)');
      await withStore(flags.db, async (store) => {
        if (flags.reextract) {
          const bar = progressBar(flags.progress);
          const summary = await reextractAll(store, (done, total) => {
            if (done === 1) bar?.start(total, 0);
            bar?.update(done);
          });
          bar?.stop();
          if (flags.json) printJson(summary);
          else process.stdout.write(`re-extracted ${summary.documents} documents with ${summary.extractor}: ${summary.facts} facts; review decisions re-applied\n`);
          if (inputs.length === 0) return;
        }
        const bar = progressBar(flags.progress);
        bar?.start(countFiles(inputs), 0, { source: '' });
        const summary = await ingestDocuments(
          store,
          inputs,
          { ...(flags.published ? { published: flags.published } : {}), maxBytes: Math.round(maxMb * 1024 * 1024), allowPrivateNetwork: !!flags.allowPrivateNetwork },
          (p) => {
            if (p.outcome === 'failed') {
              if (bar) bar.stop();
              process.stderr.write(`talentflow: ${p.error}\n`);
            }
            if (bar) {
              if (p.done > bar.getTotal()) bar.setTotal(p.done);
              bar.update(p.done, { source: p.source.slice(-40) });
            }
          },
        );
        bar?.stop();
        if (flags.json) printJson(summary);
        else process.stdout.write(describe(summary));
        if (summary.documents.failed > 0) process.exitCode = 1;
      });
    });
}

function describe(s: IngestSummary): string {
  const d = s.documents;
  return [
    `documents: ${d.new} new, ${d.duplicate} duplicate, ${d.nearDuplicate} near-duplicate, ${d.failed} failed`,
    `facts stored: ${s.facts}`,
    `store now holds ${s.totals.documents} documents, ${s.totals.facts} facts, ${s.totals.people} people, ${s.totals.orgs} organisations`,
    ...s.failures.map((f) => `failed: ${f.message}`),
  ].join('\n') + '\n';
}

/** A progress bar on stderr, only on a terminal (and unless --no-progress). */
function progressBar(enabled: boolean): cliProgress.SingleBar | null {
  if (!enabled || !process.stderr.isTTY) return null;
  return new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} documents | {eta_formatted} left | {source}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.json']);

/** How many article files the inputs hold (URLs and stdin count one): the bar's total. */
function countFiles(inputs: string[]): number {
  let n = 0;
  const walk = (path: string): void => {
    let info;
    try {
      info = statSync(path);
    } catch {
      n++;
      return;
    }
    if (!info.isDirectory()) {
      n++;
      return;
    }
    for (const entry of readdirSync(path)) {
      const child = join(path, entry);
      if (entry.startsWith('.')) continue;
      try {
        if (statSync(child).isDirectory()) walk(child);
        else if (ARTICLE_EXTENSIONS.has(extname(entry).toLowerCase())) n++;
      } catch {
        // unreadable entries are reported by the reader
      }
    }
  };
  for (const input of inputs) walk(input);
  return n;
}
