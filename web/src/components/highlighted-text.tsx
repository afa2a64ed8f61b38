import { Fragment } from 'react';
import { highlightSegments, type HighlightSpan } from './highlight-segments';

/**
 * Article text with facts highlighted at their evidence offsets. Everything is rendered as React
 * text nodes, so markup inside an article (`<script>`, `onerror=`) is shown, never run.
 */
export function HighlightedText({ text, spans, activeId, onSpanClick }: { text: string; spans: HighlightSpan[]; activeId?: number | null; onSpanClick?(id: number): void }) {
  const segments = highlightSegments(text, spans);
  return (
    <div className="article-text">
      {segments.map((segment) =>
        segment.ids.length === 0 ? (
          <Fragment key={segment.start}>{segment.text}</Fragment>
        ) : (
          <mark
            key={segment.start}
            id={`fact-span-${segment.ids[0]}-${segment.start}`}
            data-fact-ids={segment.ids.join(' ')}
            className={segment.ids.includes(activeId ?? -1) ? 'fact-mark active' : 'fact-mark'}
            onClick={() => onSpanClick?.(segment.ids[segment.ids.length - 1]!)}
          >
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}
