import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { UsageError } from '../../errors.js';
import { startServer } from '../../server/start-server.js';
import { ingestSampleIfEmpty, sampleCorpusDir } from '../../server/sample-corpus.js';

interface ServeFlags {
  db?: string;
  port: string;
  host: string;
  sample?: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the dashboard and the REST API (docs at /api/docs)')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: TALENTFLOW_DB, else ./talentflow.db)')
    .option('--port <port>', 'port to listen on', '4173')
    .option('--host <host>', 'address to listen on; anything beyond loopback makes writes require a token', '127.0.0.1')
    .option('--sample', 'if the store is empty, first ingest the sample articles (../shared/corpus/seeds)')
    .addHelpText('after', `
Examples:
  talentflow serve --sample                      # what npm start runs
  talentflow serve --db talent.db --port 8080
  TALENTFLOW_TOKEN=secret talentflow serve --host 0.0.0.0

Writes (review decisions, adding articles) need "Authorization: Bearer <token>" whenever the
server listens beyond loopback: TALENTFLOW_TOKEN, or a token generated at the first such start,
printed, and kept in ~/.config/talentflow/api-token.`)
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0–65535), not "${flags.port}"`);
      const store = await openStore(flags.db);
      try {
        if (flags.sample) await ingestSample(store);
        const server = await startServer(store, { host: flags.host, port });
        process.stdout.write(`Talentflow dashboard: ${server.url}\n`);
        process.stdout.write(`API docs: ${server.url}/api/docs · store: ${store.location}\n`);
        if (server.token.origin === 'generated') process.stdout.write(`API token for writes (generated, saved in ${server.token.file}): ${server.token.token}\n`);
        else if (server.token.origin === 'file') process.stdout.write(`API token for writes (from ${server.token.file}): ${server.token.token}\n`);
        else if (server.token.origin === 'env') process.stdout.write('Writes require the bearer token in TALENTFLOW_TOKEN.\n');
        await waitForSignal();
        await server.close();
      } finally {
        await store.close();
      }
    });
}

async function ingestSample(store: Awaited<ReturnType<typeof openStore>>): Promise<void> {
  const dir = sampleCorpusDir();
  const summary = await ingestSampleIfEmpty(store, dir, (p) => {
    process.stderr.write(`ingest ${p.done}: ${p.source} — ${p.outcome}${p.outcome === 'failed' ? ` (${p.error})` : `, ${p.facts} facts`}\n`);
  });
  if (summary) {
    const d = summary.documents;
    process.stderr.write(`sample: ${d.new} new, ${d.duplicate} duplicate, ${d.failed} failed; ${summary.facts} facts; store now holds ${summary.totals.people} people, ${summary.totals.orgs} organisations\n`);
  }
}

/** Resolves on Ctrl-C or SIGTERM, so the server and the store close cleanly. */
function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
