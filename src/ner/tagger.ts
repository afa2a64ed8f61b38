import { resolve } from 'node:path';
import { modelPath } from '../data-path.js';
import type { EntityType } from './labels.js';
import { ModelError } from '../errors.js';
import { readModelFile } from './model-file.js';
import { NerModel } from './ner-model.js';

export type { EntityType } from './labels.js';

/** An entity found in a text: UTF-16 offsets, end exclusive; text = input.slice(start, end). */
export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** For ORG: company, government or organization (when the model classifies organisations). */
  kind?: string;
}

export interface Tagger {
  /** The model's identity (format version, training date, checksum). */
  readonly version: string;
  tag(text: string): EntitySpan[];
}

/** File name of the model shipped in models/. */
export const DEFAULT_MODEL_FILE = 'ner-zh.bin';

export interface TaggerOptions {
  /**
   * Read texts as this training domain (a corpus: msra, resume, cluener, weibo; the group news;
   * '' = shared features only). A name the model does not know is refused. Default: the model's
   * default domain, chosen for news sentences.
   */
  domain?: string;
}

/**
 * The tagger of a model file (default: the shipped model), loaded once per path.
 * Throws ModelError when the file is missing, corrupt or of another format version.
 */
export function loadTagger(path?: string, options: TaggerOptions = {}): Tagger {
  const file = resolve(path ?? modelPath(DEFAULT_MODEL_FILE));
  let loaded = cache.get(file);
  if (!loaded) {
    const { parts, header } = readModelFile(file);
    loaded = { model: new NerModel(parts), version: header.modelVersion };
    cache.set(file, loaded);
  }
  const { domain } = options;
  if (domain !== undefined && domain !== '' && !loaded.model.parts.domains.includes(domain)) {
    throw new ModelError(`${file}: the NER model has no domain '${domain}' (it has: ${loaded.model.parts.domains.join(', ') || 'none'})`);
  }
  return taggerOf(loaded.model, loaded.version, domain);
}

/** A Tagger over a model already in memory (training and tests use it). */
export function taggerOf(model: NerModel, version: string, domain = model.parts.defaultDomain): Tagger {
  return {
    version,
    tag(text: string): EntitySpan[] {
      return model.decode(text, domain).map((s) => ({
        type: s.type, start: s.start, end: s.end, text: text.slice(s.start, s.end), ...(s.kind ? { kind: s.kind } : {}),
      }));
    },
  };
}

const cache = new Map<string, { model: NerModel; version: string }>();
