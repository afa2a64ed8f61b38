import type { EntitySpan } from './tagger.js';

/** The text with each entity span marked in place, e.g. "【张伟|PERSON】加入【星河科技|ORG】". */
export function markSpans(text: string, spans: readonly EntitySpan[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue; // overlapping spans are never produced; skip rather than garble
    out += `${text.slice(at, s.start)}【${text.slice(s.start, s.end)}|${s.type}】`;
    at = s.end;
  }
  return out + text.slice(at);
}
