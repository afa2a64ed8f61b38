import type { ExportGraph } from './load-graph.js';
import { xmlEscape } from './xml-escape.js';

/** GEXF 1.3 (Gephi): the same graph as the GraphML export, with attributes declared per class. */
export function writeGexf(graph: ExportGraph, write: (chunk: string) => void): void {
  write('<?xml version="1.0" encoding="UTF-8"?>\n');
  write('<gexf xmlns="http://gexf.net/1.3" version="1.3">\n');
  write(`  <meta><creator>talentflow</creator><description>people and organisations, claims and moves</description></meta>\n`);
  write('  <graph defaultedgetype="directed" mode="static">\n');
  write('    <attributes class="node">\n');
  ['type', 'kind', 'sector'].forEach((name, i) => write(`      <attribute id="${i}" title="${name}" type="string"/>\n`));
  write('    </attributes>\n    <attributes class="edge">\n');
  ['relation', 'date', 'role', 'unit', 'status', 'sources', 'conflict', 'person'].forEach((name, i) =>
    write(`      <attribute id="${i}" title="${name}" type="${name === 'sources' ? 'integer' : name === 'conflict' ? 'boolean' : 'string'}"/>\n`));
  write('    </attributes>\n');
  const values = (pairs: Array<[number, string | number | boolean | null]>) => {
    const present = pairs.filter(([, v]) => v != null && v !== '');
    return present.length ? `<attvalues>${present.map(([id, v]) => `<attvalue for="${id}" value="${xmlEscape(String(v))}"/>`).join('')}</attvalues>` : '';
  };
  write('    <nodes>\n');
  for (const p of graph.people) write(`      <node id="p${p.id}" label="${xmlEscape(p.name)}">${values([[0, 'person']])}</node>\n`);
  for (const o of graph.orgs) write(`      <node id="o${o.id}" label="${xmlEscape(o.name)}">${values([[0, 'org'], [1, o.kind], [2, o.sector]])}</node>\n`);
  write('    </nodes>\n    <edges>\n');
  const names = new Map(graph.people.map((p) => [p.id, p.name]));
  for (const c of graph.claims) {
    if (c.orgId == null) continue;
    write(`      <edge id="c${c.id}" source="p${c.personId}" target="o${c.orgId}" label="${c.relation}">${values([[0, c.relation], [1, c.date], [2, c.role], [3, c.unit], [4, c.status], [5, c.sources], [6, c.conflict]])}</edge>\n`);
  }
  for (const o of graph.orgs) if (o.parentId != null) write(`      <edge id="parent${o.id}" source="o${o.id}" target="o${o.parentId}" label="subsidiary_of">${values([[0, 'subsidiary_of']])}</edge>\n`);
  for (const m of graph.moves) {
    if (m.fromOrgId == null || m.toOrgId == null) continue;
    write(`      <edge id="m${m.id}" source="o${m.fromOrgId}" target="o${m.toOrgId}" label="move">${values([[0, `move_${m.relation}`], [1, m.date], [7, names.get(m.personId) ?? '']])}</edge>\n`);
  }
  write('    </edges>\n  </graph>\n</gexf>\n');
}
