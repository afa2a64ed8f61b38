import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { TalentflowError } from '../errors.js';
import { CharTrie } from './char-trie.js';
import { foldKey } from './fold-char.js';

export interface SectorMention {
  start: number;
  end: number;
  text: string;
  /** Canonical sector label (视频生成, AI Coding, 芯片…). */
  sector: string;
  /** A broad sector (大模型, 多模态) that gives way to a specific one. */
  generic: boolean;
}

/**
 * The sector a text says a company works in: the first specific sector mentioned ("聚焦AI视频生成赛道的
 * AI大模型创企" → 视频生成), else the first broad one (大模型), else null.
 */
export function findSector(text: string): string | null {
  const all = findSectors(text);
  return (all.find((m) => !m.generic) ?? all[0])?.sector ?? null;
}

/** Every sector keyword in a text: leftmost-longest, non-overlapping, Latin ones at word boundaries. */
export function findSectors(text: string): SectorMention[] {
  const out: SectorMention[] = [];
  // A "not a sector" word (教育背景) still takes its place, so no keyword inside it is found.
  for (const m of sectorTrie().scanWords(text)) {
    if (m.value) out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), sector: m.value.label, generic: m.value.generic });
  }
  return out;
}

/** All canonical sector labels, in data order. */
export function sectorLabels(): string[] {
  return readSectorData().sectors.map((s) => s.label);
}

interface SectorData {
  sectors: { label: string; generic?: boolean; keywords: string[] }[];
  notSectors: string[];
}

interface SectorValue {
  label: string;
  generic: boolean;
}

let trieCache: CharTrie<SectorValue | null> | undefined;
function sectorTrie(): CharTrie<SectorValue | null> {
  if (trieCache) return trieCache;
  const data = readSectorData();
  const trie = new CharTrie<SectorValue | null>();
  // The first sector listing a keyword keeps it; a non-sector word (null) always wins its own key.
  for (const s of data.sectors) for (const k of s.keywords) trie.set(foldKey(k), { label: s.label, generic: s.generic ?? false }, (old) => old);
  for (const w of data.notSectors) trie.set(foldKey(w), null, () => null);
  trieCache = trie;
  return trie;
}

let dataCache: SectorData | undefined;
function readSectorData(): SectorData {
  if (dataCache) return dataCache;
  const file = dataPath('sectors.json');
  try {
    dataCache = JSON.parse(readFileSync(file, 'utf8')) as SectorData;
  } catch (err) {
    throw new TalentflowError(`${file}: cannot read the sector list (${(err as Error).message})`, { cause: err });
  }
  return dataCache;
}
