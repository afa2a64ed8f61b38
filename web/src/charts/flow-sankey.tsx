import { useMemo } from 'react';
import type { Flow } from '../api/types';
import { EChart } from './echart';
import { navigate, to } from '../router';
import { useI18n } from '../i18n/i18n';
import { kindLabel } from '../components/kind-label';

// Sankey nodes are keyed by name: the right-hand copy of an organisation gets an invisible suffix.
const RIGHT_MARK = '\u200b';

/**
 * Moves as a Sankey: organisations people left on the left, where they went on the right. The two
 * sides are separate nodes, so flows both ways (A→B and B→A) never make the cycle Sankey cannot draw.
 */
export function FlowSankey({ flows, by, height = 420, label }: { flows: Flow[]; by: 'org' | 'kind'; height?: number; label: string }) {
  const { t, lang } = useI18n();
  const option = useMemo(() => {
    const name = (end: Flow['from']) => (by === 'kind' ? kindLabel(t, end.kind) : end.id === null ? t('common.unnamedOrg') : end.name);
    const nodes = new Map<string, { name: string; orgName: string | null }>();
    const links = flows.map((flow) => {
      const source = name(flow.from);
      const target = name(flow.to) + RIGHT_MARK;
      nodes.set(source, { name: source, orgName: by === 'org' && flow.from.id !== null ? flow.from.name : null });
      nodes.set(target, { name: target, orgName: by === 'org' && flow.to.id !== null ? flow.to.name : null });
      return { source, target, value: flow.count };
    });
    const strip = (value: string) => value.replaceAll(RIGHT_MARK, '');
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataType?: string; data: { source?: string; target?: string; value?: number; name?: string }; value?: number }) =>
          p.dataType === 'edge'
            ? `${escapeHtml(strip(p.data.source ?? ''))} → ${escapeHtml(strip(p.data.target ?? ''))}: ${p.data.value ?? 0}`
            : `${escapeHtml(strip(p.data.name ?? ''))}: ${p.value ?? ''}`,
      },
      series: [
        {
          type: 'sankey',
          data: [...nodes.values()],
          links,
          nodeAlign: 'justify',
          layoutIterations: 32,
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 },
          label: { fontSize: 12, color: '#1d2330' },
          left: 8,
          right: 120,
          top: 8,
          bottom: 8,
        },
      ],
    };
  }, [flows, by, t, lang]);
  if (flows.length === 0) return <div className="empty">{t('flows.none')}</div>;
  const height_ = Math.max(height, Math.min(1200, flows.length * 18));
  return (
    <EChart
      option={option}
      height={height_}
      label={label}
      onItemClick={(data, dataType) => {
        const node = data as { orgName?: string | null };
        if (dataType === 'node' && node.orgName) navigate(to('org', node.orgName));
      }}
    />
  );
}

/** ECharts tooltips are HTML: names from articles are escaped before they go in. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
