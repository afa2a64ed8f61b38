import type { Command } from 'commander';
import { extractFacts } from '../../extract/extract-facts.js';
import type { Fact } from '../../extract/fact.js';
import { readSources } from '../../ingest/read-sources.js';
import { UsageError } from '../../errors.js';
import { formatFactTable } from '../format-fact-table.js';
import { ProgressLine } from '../progress-line.js';

interface ExtractFlags {
  format?: 'jsonl' | 'json' | 'table';
  published?: string;
  maxSize: string;
  tagger: boolean;
  allowPrivateNetwork?: boolean;
  progress?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('Print the career-move facts (joined / left / founded / stepped_down) stated in articles')
    .argument('<inputs...>', 'files, folders (read recursively), URLs, RSS feeds, or - for standard input')
    .option('-f, --format <format>', 'jsonl (one fact per line), json (one array) or table; default: table on a terminal, jsonl otherwise')
    .option('-p, --published <date>', 'publication date (YYYY, YYYY-MM or YYYY-MM-DD) for relative dates, overriding the article’s own')
    .option('--max-size <MB>', 'largest input accepted, in MB', '20')
    .option('--no-tagger', 'find names by rules alone, without the learned name tagger')
    .option('--allow-private-network', 'allow URLs on loopback or private addresses')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .addHelpText('after', `
Examples:
  talentflow extract ../shared/corpus/seeds --format jsonl > facts.jsonl
  talentflow extract article.html --published 2025-03-19
  cat article.txt | talentflow extract - --format table

Each fact is one JSON object (see spec/facts.md): person, relation, org, unit, role, date,
status, evidence, doc, plus cause, sector, confidence and evidence offsets. Problems with an
input are reported on stderr naming the input; the others are still processed. Exit code 1
when any input failed, 0 otherwise.`)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      const format = flags.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
      if (!['jsonl', 'json', 'table'].includes(format)) throw new UsageError(`--format must be jsonl, json or table, not "${format}"`);
      const maxMb = Number(flags.maxSize);
      if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-size must be a positive number of MB, not "${flags.maxSize}"`);
      if (flags.published && !/^\d{4}(-\d{1,2}(-\d{1,2})?)?$/.test(flags.published)) throw new UsageError(`--published must be YYYY, YYYY-MM or YYYY-MM-DD, not "${flags.published}"`);

      const progress = new ProgressLine(flags.progress || process.stderr.isTTY, 'extract');
      const all: Fact[] = [];
      let failed = 0;
      let documents = 0;
      const readOptions = { published: flags.published, maxBytes: Math.round(maxMb * 1024 * 1024), allowPrivateNetwork: flags.allowPrivateNetwork };
      for await (const result of readSources(inputs, readOptions)) {
        if (!result.ok) {
          failed++;
          progress.clear();
          process.stderr.write(`talentflow: ${result.error.message}\n`);
          continue;
        }
        documents++;
        const facts = extractFacts(result.document, flags.tagger ? {} : { tagger: null });
        if (format === 'jsonl') for (const f of facts) process.stdout.write(`${JSON.stringify(f)}\n`);
        else all.push(...facts);
        progress.update(`${documents} documents, ${failed} failed`, result.document.text.length);
      }
      progress.done(`${documents} documents read, ${failed} failed`);
      if (format === 'json') process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      if (format === 'table') process.stdout.write(formatFactTable(all, process.stdout.columns ?? 120));
      if (documents === 0 && failed === 0) {
        process.stderr.write('talentflow: no articles found in the inputs\n');
        failed++;
      }
      process.exitCode = failed > 0 ? 1 : 0;
    });
}
