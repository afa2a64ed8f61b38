import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { SourceError } from '../../errors.js';
import { markSpans } from '../../ner/mark-spans.js';
import { loadTagger } from '../../ner/tagger.js';

interface NerFlags {
  json?: boolean;
  model?: string;
  domain?: string;
}

export function register(program: Command): void {
  program
    .command('ner')
    .description('Mark people (PERSON), organisations (ORG) and job titles (TITLE) in Chinese text, line by line')
    .argument('[file]', 'text file to tag, or - for standard input (the default)')
    .option('--json', 'print one JSON array of {"type","start","end","text"} per input line (UTF-16 offsets, end exclusive; ORG spans add "kind": company, government or organization)')
    .option('--model <path>', 'NER model file (default: the shipped models/ner-zh.bin)')
    .option('--domain <name>', 'read the text as this training domain (news, msra, resume, cluener, weibo); default: the one the model chose for news')
    .addHelpText('after', `
Examples:
  echo '张伟上月离开星河科技，出任远山智能首席执行官。' | talentflow ner
  talentflow ner sentences.txt --json > spans.jsonl`)
    .action(async (file: string | undefined, flags: NerFlags) => {
      const tagger = loadTagger(flags.model, flags.domain === undefined ? {} : { domain: flags.domain });
      const input = openInput(file ?? '-');
      const lines = createInterface({ input, crlfDelay: Infinity });
      for await (const raw of lines) {
        const line = raw.replace(/^\uFEFF/, '');
        const spans = tagger.tag(line);
        const out = flags.json
          ? JSON.stringify(spans)
          : markSpans(line, spans);
        if (!process.stdout.write(`${out}\n`)) await new Promise((done) => process.stdout.once('drain', done));
      }
    });
}

function openInput(file: string): NodeJS.ReadableStream {
  if (file === '-') return process.stdin;
  if (!existsSync(file)) throw new SourceError(file, 'file not found');
  if (statSync(file).isDirectory()) throw new SourceError(file, 'is a folder; give a text file or -');
  return createReadStream(file, { encoding: 'utf8' });
}
