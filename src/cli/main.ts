#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { TalentflowError } from '../errors.js';
import { readPackageVersion } from './package-version.js';

/**
 * The `talentflow` command. Each subcommand lives in ./commands/<name>.ts and exports
 * `register(program)`; this file only wires them and turns user errors into one-line messages.
 */
const program = new Command('talentflow')
  .description('Track how people move between companies in the AI industry, from the news.')
  .version(readPackageVersion())
  .showHelpAfterError()
  .exitOverride();

const commandModules = [
  // Each line registers one subcommand; keep alphabetical.
  import('./commands/boomerangs.js'),
  import('./commands/export.js'),
  import('./commands/extract.js'),
  import('./commands/flows.js'),
  import('./commands/ingest.js'),
  import('./commands/ner.js'),
  import('./commands/org.js'),
  import('./commands/person.js'),
  import('./commands/review.js'),
  import('./commands/search.js'),
  import('./commands/serve.js'),
] as Array<Promise<{ register(program: Command): void }>>;

for (const mod of await Promise.all(commandModules)) mod.register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitCodeFor(err);
}

function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) {
    // --help and --version end through here with exit code 0; commander already printed.
    return err.exitCode;
  }
  if (err instanceof TalentflowError) {
    process.stderr.write(`talentflow: ${err.message}\n`);
    return err.exitCode;
  }
  // Not a user error: a bug. Show it whole so it can be reported.
  process.stderr.write(`talentflow: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 70;
}
