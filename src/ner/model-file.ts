import { readFileSync, writeFileSync } from 'node:fs';
import { ModelError } from '../errors.js';
import { templateCount } from './features.js';
import { ENTITY_TYPES, LABEL_COUNT, type EntityType } from './labels.js';
import type { NerModelParts } from './ner-model.js';

/** Local copy: an imported binding is read through a getter in hot loops under some loaders. */
const L = LABEL_COUNT;

/**
 * The model file: "TFNERMDL", format version (u32 LE), header length (u32 LE), a JSON header
 * (dictionaries, transitions, weight scale, checksum), padding to 4 bytes, then the feature keys
 * (Int32 LE) and their weights quantised to Int16 (× scale). A file of another format version is
 * refused rather than misread.
 */
export const MODEL_FORMAT_VERSION = 2;
const MAGIC = 'TFNERMDL';

export interface ModelHeader {
  formatVersion: number;
  /** Identifies the trained model (format, training date, weight checksum). */
  modelVersion: string;
  labels: string[];
  templateCount: number;
  featureCount: number;
  scale: number;
  checksum: number;
  gazetteers: Array<{ name: string; words: string[] }>;
  surnameLevels: Array<[string, number]>;
  lexicon: string | null;
  domains: string[];
  domainParents: string[];
  domainTypes: EntityType[][];
  defaultDomain: string;
  transitions: number[];
  orgKinds: NerModelParts['orgKinds'];
  /** Free-form description of the training run (corpora, split, epochs, scores). */
  training: Record<string, unknown>;
}

/** Serialise a model; returns the bytes and the header written. */
export function encodeModel(parts: NerModelParts, training: Record<string, unknown>, createdAt: string): { bytes: Buffer; header: ModelHeader } {
  let maxAbs = 0;
  for (const v of parts.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const quantised = new Int16Array(parts.weights.length);
  for (let i = 0; i < quantised.length; i++) quantised[i] = Math.round(parts.weights[i]! / scale);
  const payload = Buffer.concat([
    Buffer.from(parts.keys.buffer, parts.keys.byteOffset, parts.keys.byteLength),
    Buffer.from(quantised.buffer, quantised.byteOffset, quantised.byteLength),
  ]);
  const checksum = checksumOf(new Uint8Array(payload));
  const header: ModelHeader = {
    formatVersion: MODEL_FORMAT_VERSION,
    modelVersion: `ner-v${MODEL_FORMAT_VERSION}-${createdAt.slice(0, 10)}-${(checksum >>> 0).toString(16).padStart(8, '0')}`,
    labels: ['O', ...ENTITY_TYPES],
    templateCount: templateCount(parts.gazetteers.length),
    featureCount: parts.keys.length,
    scale,
    checksum,
    gazetteers: parts.gazetteers,
    surnameLevels: parts.surnameLevels,
    lexicon: parts.lexicon,
    domains: parts.domains,
    domainParents: parts.domainParents,
    domainTypes: parts.domainTypes,
    defaultDomain: parts.defaultDomain,
    transitions: Array.from(parts.transitions),
    orgKinds: parts.orgKinds,
    training,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(16);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(MODEL_FORMAT_VERSION, 8);
  prefix.writeUInt32LE(json.length, 12);
  const pad = Buffer.alloc((4 - ((16 + json.length) % 4)) % 4);
  return { bytes: Buffer.concat([prefix, json, pad, payload]), header };
}

export function writeModelFile(path: string, parts: NerModelParts, training: Record<string, unknown>, createdAt: string): ModelHeader {
  const { bytes, header } = encodeModel(parts, training, createdAt);
  writeFileSync(path, bytes);
  return header;
}

/** Parse a model file's bytes; `source` names the file in error messages. */
export function decodeModel(bytes: Buffer, source: string): { parts: NerModelParts; header: ModelHeader } {
  if (bytes.length < 16 || bytes.toString('latin1', 0, 8) !== MAGIC) {
    throw new ModelError(`${source}: not a Talentflow NER model file`);
  }
  const format = bytes.readUInt32LE(8);
  if (format !== MODEL_FORMAT_VERSION) {
    throw new ModelError(
      `${source}: NER model format version ${format}, but this Talentflow reads version ${MODEL_FORMAT_VERSION}; retrain with \`npm run train\` or use a matching release`,
    );
  }
  const jsonLength = bytes.readUInt32LE(12);
  let header: ModelHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', 16, 16 + jsonLength)) as ModelHeader;
  } catch (err) {
    throw new ModelError(`${source}: NER model header is corrupt`, { cause: err });
  }
  if (header.templateCount !== templateCount(header.gazetteers?.length ?? -1)) {
    throw new ModelError(`${source}: NER model was trained with other feature templates (${header.templateCount} per character); retrain with \`npm run train\``);
  }
  const start = 16 + jsonLength + ((4 - ((16 + jsonLength) % 4)) % 4);
  const n = header.featureCount;
  const expected = start + n * 4 + n * L * 2;
  if (!Number.isInteger(n) || bytes.length !== expected || header.transitions?.length !== L * L) {
    throw new ModelError(`${source}: NER model is truncated or corrupt (${bytes.length} bytes, expected ${expected})`);
  }
  // Copy into aligned arrays (the Buffer may not start on a 4-byte boundary).
  const aligned = new Uint8Array(bytes.length - start);
  aligned.set(bytes.subarray(start));
  if (checksumOf(aligned) !== header.checksum) throw new ModelError(`${source}: NER model checksum mismatch (corrupt file)`);
  const keys = new Int32Array(aligned.buffer, 0, n);
  const quantised = new Int16Array(aligned.buffer, n * 4, n * L);
  const weights = new Float32Array(n * L);
  const scale = header.scale;
  for (let i = 0; i < weights.length; i++) weights[i] = quantised[i]! * scale;
  return {
    header,
    parts: {
      gazetteers: header.gazetteers,
      surnameLevels: header.surnameLevels,
      lexicon: header.lexicon ?? null,
      domains: header.domains ?? [],
      domainParents: header.domainParents ?? [],
      domainTypes: header.domainTypes ?? [],
      defaultDomain: header.defaultDomain ?? '',
      orgKinds: header.orgKinds ?? null,
      keys,
      weights,
      transitions: Float32Array.from(header.transitions),
    },
  };
}

export function readModelFile(path: string): { parts: NerModelParts; header: ModelHeader } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ModelError(
      code === 'ENOENT' ? `${path}: NER model file not found (train one with \`npm run train\`)` : `${path}: cannot read NER model (${code ?? String(err)})`,
      { cause: err },
    );
  }
  return decodeModel(bytes, path);
}

/** FNV-1a over 32-bit little-endian words (a trailing half-word is folded in). */
function checksumOf(payload: Uint8Array): number {
  const words = payload.length >>> 2;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < words; i++) h = Math.imul(h ^ view.getInt32(i * 4, true), 0x01000193);
  if (payload.length % 4 !== 0) h = Math.imul(h ^ view.getUint16(words * 4, true), 0x01000193);
  return h | 0;
}
