import type { EntityType, TypedSpan } from './labels.js';

/**
 * Readers for the public NER corpora (MSRA BIO, Resume BMES, CLUENER JSON lines, Weibo BIO) and
 * their mapping onto PERSON / ORG / TITLE. Each sentence keeps its spans in the corpus's own labels
 * too, so scores can be reported per original type.
 */
export interface LabelledSentence {
  text: string;
  /** Spans mapped to our types (others dropped). */
  spans: TypedSpan[];
  /** Spans in the corpus's own labels, mapped or not. */
  sourceSpans: SourceSpan[];
}

export interface SourceSpan {
  label: string;
  start: number;
  end: number;
}

/** A corpus's label mapping and the set of our types it annotates (the others are unknown there). */
export interface CorpusScheme {
  name: string;
  mapping: Readonly<Record<string, EntityType>>;
  annotates: readonly EntityType[];
}

export const MSRA_SCHEME: CorpusScheme = { name: 'msra', mapping: { PER: 'PERSON', ORG: 'ORG' }, annotates: ['PERSON', 'ORG'] };
export const RESUME_SCHEME: CorpusScheme = {
  name: 'resume',
  mapping: { NAME: 'PERSON', ORG: 'ORG', TITLE: 'TITLE' },
  annotates: ['PERSON', 'ORG', 'TITLE'],
};
export const CLUENER_SCHEME: CorpusScheme = {
  name: 'cluener',
  mapping: { name: 'PERSON', company: 'ORG', organization: 'ORG', government: 'ORG', position: 'TITLE' },
  annotates: ['PERSON', 'ORG', 'TITLE'],
};
export const WEIBO_SCHEME: CorpusScheme = {
  name: 'weibo',
  mapping: { 'PER.NAM': 'PERSON', 'ORG.NAM': 'ORG' },
  annotates: ['PERSON', 'ORG'],
};

/** MSRA: `char<TAB>tag` lines, BIO tags, blank line between sentences. */
export function readMsra(content: string): LabelledSentence[] {
  return readCharColumns(content, 'BIO', (field) => field, MSRA_SCHEME);
}

/** Resume: `char<SPACE>tag` lines, BMES tags, blank line between sentences. */
export function readResume(content: string): LabelledSentence[] {
  return readCharColumns(content, 'BMES', (field) => field, RESUME_SCHEME);
}

/** Weibo 2nd version: `char+segmentation digit<TAB>tag` lines, BIO tags. */
export function readWeibo(content: string): LabelledSentence[] {
  return readCharColumns(content, 'BIO', (field) => field.slice(0, -1), WEIBO_SCHEME);
}

/** CLUENER: one JSON object per line; spans are [start, end] with an inclusive end. */
export function readCluener(content: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { text: string; label?: Record<string, Record<string, Array<[number, number]>>> };
    const sourceSpans: SourceSpan[] = [];
    for (const [label, byString] of Object.entries(row.label ?? {})) {
      for (const ranges of Object.values(byString)) {
        for (const [start, endInclusive] of ranges) sourceSpans.push({ label, start, end: endInclusive + 1 });
      }
    }
    sourceSpans.sort((a, b) => a.start - b.start || b.end - a.end);
    sentences.push(finish(row.text, sourceSpans, CLUENER_SCHEME));
  }
  return sentences;
}

function readCharColumns(
  content: string,
  scheme: 'BIO' | 'BMES',
  charOf: (field: string) => string,
  corpus: CorpusScheme,
): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let chars: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (chars.length > 0) sentences.push(finish(chars.join(''), tagsToSpans(tags, scheme), corpus));
    chars = [];
    tags = [];
  };
  for (const raw of content.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') { flush(); continue; }
    // The tag is the last field; the character field may itself be a space-like character.
    const cut = Math.max(line.lastIndexOf('\t'), line.lastIndexOf(' '));
    const ch = charOf(line.slice(0, cut));
    // Keep offsets aligned: one UTF-16 unit per corpus character (a missing one becomes a space).
    chars.push(ch.length === 1 ? ch : ' ');
    tags.push(line.slice(cut + 1));
  }
  flush();
  return sentences;
}

/** Spans of BIO or BMES tags in the corpus's labels; an I/M/E without its B opens a span. */
function tagsToSpans(tags: readonly string[], scheme: 'BIO' | 'BMES'): SourceSpan[] {
  const spans: SourceSpan[] = [];
  let open: SourceSpan | null = null;
  const close = (end: number): void => {
    if (open) { open.end = end; spans.push(open); open = null; }
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) { close(i); return; }
    const part = tag[0]!;
    const label = tag.slice(2);
    const continues = open !== null && open.label === label && (part === 'I' || part === 'M' || part === 'E');
    if (!continues) { close(i); open = { label, start: i, end: i + 1 }; }
    if (part === 'S' || (scheme === 'BMES' && part === 'E')) close(i + 1);
  });
  close(tags.length);
  return spans;
}

function finish(text: string, sourceSpans: SourceSpan[], corpus: CorpusScheme): LabelledSentence {
  const spans: TypedSpan[] = [];
  let lastEnd = 0;
  for (const s of sourceSpans) {
    const type = corpus.mapping[s.label];
    if (!type || s.start < lastEnd) continue; // unmapped, or nested inside a kept span
    spans.push({ type, start: s.start, end: s.end });
    lastEnd = s.end;
  }
  return { text, spans, sourceSpans };
}
