import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

/** One compiled line rule of data/boilerplate.json. */
export interface LineRule {
  id: string;
  pattern: RegExp;
  /** Only lines up to this many characters are tested (long lines are prose, not furniture). */
  maxLength: number;
  /** A match also drops the short list items just before it (a listing of other articles). */
  endsListing: boolean;
}

export interface BlockRule {
  id: string;
  start: RegExp;
  end: RegExp;
  maxLines: number;
}

export interface BoilerplateRules {
  stripPrefix: RegExp[];
  link: RegExp;
  image: RegExp;
  linkResidueWords: Set<string>;
  dropLine: LineRule[];
  blocks: BlockRule[];
  sections: LineRule[];
  sectionItemMaxLength: number;
  listingItemMaxLength: number;
  duplicateMinLength: number;
}

let cached: BoilerplateRules | undefined;

/** The rules of data/boilerplate.json, compiled once per process. */
export function boilerplateRules(): BoilerplateRules {
  cached ??= compileBoilerplateRules(JSON.parse(readFileSync(dataPath('boilerplate.json'), 'utf8')) as RawRules);
  return cached;
}

interface RawLineRule {
  id: string;
  pattern: string;
  maxLength?: number;
  endsListing?: boolean;
}

export interface RawRules {
  maxLineLength: number;
  stripPrefix: RawLineRule[];
  link: string;
  image: string;
  linkResidueWords: string[];
  dropLine: RawLineRule[];
  blocks: { id: string; start: string; end: string; maxLines: number }[];
  sections: RawLineRule[];
  sectionItemMaxLength: number;
  listingItemMaxLength: number;
  duplicateMinLength: number;
}

/** Compiles raw rules (exported so tests can try a rule set of their own). */
export function compileBoilerplateRules(raw: RawRules): BoilerplateRules {
  const line = (r: RawLineRule): LineRule => ({
    id: r.id,
    pattern: new RegExp(r.pattern, 'iu'),
    maxLength: r.maxLength ?? raw.maxLineLength,
    endsListing: r.endsListing ?? false,
  });
  return {
    stripPrefix: raw.stripPrefix.map((r) => new RegExp(r.pattern, 'iu')),
    link: new RegExp(raw.link, 'gu'),
    image: new RegExp(raw.image, 'gu'),
    linkResidueWords: new Set(raw.linkResidueWords),
    dropLine: raw.dropLine.map(line),
    blocks: raw.blocks.map((b) => ({ id: b.id, start: new RegExp(b.start, 'iu'), end: new RegExp(b.end, 'iu'), maxLines: b.maxLines })),
    sections: raw.sections.map(line),
    sectionItemMaxLength: raw.sectionItemMaxLength,
    listingItemMaxLength: raw.listingItemMaxLength,
    duplicateMinLength: raw.duplicateMinLength,
  };
}
