export interface HighlightSpan {
  id: number;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  /** Ids of the spans covering this piece; empty for plain text. */
  ids: number[];
}

/**
 * Cuts `text` at every span boundary so each piece is covered by a fixed set of spans; overlapping
 * facts (two facts from one sentence) both stay visible. Spans outside the text are clipped.
 */
export function highlightSegments(text: string, spans: HighlightSpan[]): Segment[] {
  const valid = spans
    .map((s) => ({ id: s.id, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const last = segments[segments.length - 1];
    if (last && last.ids.length === 0 && ids.length === 0) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), start, ids });
  }
  return segments;
}
