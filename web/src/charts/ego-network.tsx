import { useMemo } from 'react';
import type { OrgNetwork } from '../api/types';
import { EChart } from './echart';
import { navigate, to } from '../router';
import { useI18n } from '../i18n/i18n';
import { escapeHtml } from './flow-sankey';

/** The organisation, the people who left it, and the organisations they went to, as a force graph. */
export function EgoNetwork({ network }: { network: OrgNetwork }) {
  const { t, lang } = useI18n();
  const option = useMemo(() => {
    const center = `org:${network.org.id}`;
    const categories = [{ name: network.org.name }, { name: t('org.network.people') }, { name: t('org.network.orgs') }];
    const degree = new Map<string, number>();
    for (const edge of network.edges) {
      degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
      degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    }
    const nodes = network.nodes.map((node) => ({
      id: node.id,
      name: node.label,
      ref: node.id,
      category: node.id === center ? 0 : node.type === 'person' ? 1 : 2,
      symbolSize: node.id === center ? 46 : node.type === 'person' ? 14 : 10 + Math.min(20, (degree.get(node.id) ?? 1) * 3),
      symbol: node.type === 'person' ? 'circle' : 'roundRect',
      label: { show: node.id === center || node.type === 'org' || network.nodes.length < 60 },
    }));
    const links = network.edges.map((edge) => ({ source: edge.source, target: edge.target, relation: edge.relation }));
    return {
      color: ['#2f6fed', '#f0a23b', '#5b8c5a'],
      legend: { data: categories.map((c) => c.name), top: 0 },
      tooltip: {
        formatter: (p: { dataType?: string; data: { name?: string; relation?: string } }) =>
          p.dataType === 'edge' ? escapeHtml(t(`relation.${p.data.relation ?? 'left'}` as never)) : escapeHtml(p.data.name ?? ''),
      },
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          categories,
          data: nodes,
          links,
          top: 40,
          force: { repulsion: 220, edgeLength: [50, 120], gravity: 0.06 },
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 6,
          lineStyle: { color: 'source', opacity: 0.5, curveness: 0.1 },
          label: { position: 'right', fontSize: 11 },
          emphasis: { focus: 'adjacency' },
        },
      ],
    };
  }, [network, t, lang]);
  if (network.nodes.length <= 1) return <div className="empty">{t('org.network.none')}</div>;
  return (
    <EChart
      option={option}
      height={460}
      label="org-network"
      onItemClick={(data, dataType) => {
        const node = data as { ref?: string; name?: string };
        if (dataType !== 'node' || !node.ref) return;
        if (node.ref.startsWith('person:')) navigate(to('person', node.ref.slice(7)));
        else if (node.ref.startsWith('org:') && node.name) navigate(to('org', node.name));
      }}
    />
  );
}
