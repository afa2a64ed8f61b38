/**
 * The tag set of the tagger: BIOES over our three entity types, plus O. Label 0 is O; type t
 * (index in ENTITY_TYPES) owns labels 1+4t (B), 2+4t (I), 3+4t (E), 4+4t (S).
 */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'TITLE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LABEL_COUNT = 1 + 4 * ENTITY_TYPES.length;
export const O = 0;

/** Label index of a BIOES position of a type. */
export function labelOf(part: 'B' | 'I' | 'E' | 'S', type: EntityType): number {
  return 1 + 4 * ENTITY_TYPES.indexOf(type) + 'BIES'.indexOf(part);
}

/** Bit set of O and the labels of `types` (a corpus annotating only these can only mean these). */
export function allowedLabelBits(types: readonly EntityType[]): number {
  let bits = 1 << O;
  for (const type of types) for (const part of ['B', 'I', 'E', 'S'] as const) bits |= 1 << labelOf(part, type);
  return bits;
}

/** Readable name of a label index, e.g. "B-ORG" or "O". */
export function labelName(label: number): string {
  if (label === O) return 'O';
  return `${'BIES'[(label - 1) % 4]}-${ENTITY_TYPES[Math.floor((label - 1) / 4)]}`;
}

/** A typed span over a string; end is exclusive. */
export interface TypedSpan {
  type: EntityType;
  start: number;
  end: number;
  /** For ORG, when the model classifies organisations: company, government or organization. */
  kind?: string;
}

/** BIOES labels for a sentence of `length` characters holding non-overlapping `spans`. */
export function spansToLabels(length: number, spans: readonly TypedSpan[]): Uint8Array {
  const labels = new Uint8Array(length);
  for (const s of spans) {
    if (s.end - s.start === 1) labels[s.start] = labelOf('S', s.type);
    else {
      labels[s.start] = labelOf('B', s.type);
      for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = labelOf('I', s.type);
      labels[s.end - 1] = labelOf('E', s.type);
    }
  }
  return labels;
}

/** Spans of a label sequence; ill-formed runs (which constrained decoding never yields) are dropped. */
export function labelsToSpans(labels: ArrayLike<number>): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l === O) { start = -1; continue; }
    const t = Math.floor((l - 1) / 4);
    const part = (l - 1) % 4;
    if (part === 3) { spans.push({ type: ENTITY_TYPES[t]!, start: i, end: i + 1 }); start = -1; }
    else if (part === 0) { start = i; type = t; }
    else if (start < 0 || type !== t) start = -1;
    else if (part === 2) { spans.push({ type: ENTITY_TYPES[t]!, start, end: i + 1 }); start = -1; }
  }
  return spans;
}

/** Whether label `b` may follow label `a` under BIOES (a = -1 means sentence start). */
export function isAllowedTransition(a: number, b: number): boolean {
  const open = a > 0 && ((a - 1) % 4 === 0 || (a - 1) % 4 === 1); // B or I: the entity continues
  if (open) {
    const sameType = Math.floor((a - 1) / 4) === Math.floor((b - 1) / 4);
    return b > 0 && sameType && ((b - 1) % 4 === 1 || (b - 1) % 4 === 2);
  }
  return b === O || (b - 1) % 4 === 0 || (b - 1) % 4 === 3;
}

/** Whether a sentence may end on label `a` (O, E or S). */
export function isAllowedEnd(a: number): boolean {
  return a === O || (a - 1) % 4 === 2 || (a - 1) % 4 === 3;
}
