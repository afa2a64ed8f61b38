import type { ExportGraph } from './load-graph.js';
import { xmlEscape } from './xml-escape.js';

/**
 * GraphML (yEd, Gephi, NetworkX, Neo4j import): one directed graph; nodes `p<id>` (people) and
 * `o<id>` (organisations); edges person → organisation per claim, organisation → parent, and
 * organisation → organisation per move.
 */
export function writeGraphml(graph: ExportGraph, write: (chunk: string) => void): void {
  write('<?xml version="1.0" encoding="UTF-8"?>\n');
  write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  const keys: Array<[string, 'node' | 'edge', string]> = [
    ['type', 'node', 'string'], ['label', 'node', 'string'], ['kind', 'node', 'string'], ['sector', 'node', 'string'],
    ['relation', 'edge', 'string'], ['date', 'edge', 'string'], ['role', 'edge', 'string'], ['unit', 'edge', 'string'],
    ['status', 'edge', 'string'], ['sources', 'edge', 'int'], ['conflict', 'edge', 'boolean'], ['person', 'edge', 'string'],
  ];
  for (const [name, scope, type] of keys) write(`  <key id="${scope[0]}_${name}" for="${scope}" attr.name="${name}" attr.type="${type}"/>\n`);
  write('  <graph id="talentflow" edgedefault="directed">\n');
  const data = (scope: 'n' | 'e', name: string, value: string | number | boolean | null) =>
    value == null || value === '' ? '' : `<data key="${scope}_${name}">${xmlEscape(String(value))}</data>`;
  for (const p of graph.people) write(`    <node id="p${p.id}">${data('n', 'type', 'person')}${data('n', 'label', p.name)}</node>\n`);
  for (const o of graph.orgs) write(`    <node id="o${o.id}">${data('n', 'type', 'org')}${data('n', 'label', o.name)}${data('n', 'kind', o.kind)}${data('n', 'sector', o.sector)}</node>\n`);
  const names = new Map(graph.people.map((p) => [p.id, p.name]));
  for (const c of graph.claims) {
    if (c.orgId == null) continue;
    write(`    <edge id="c${c.id}" source="p${c.personId}" target="o${c.orgId}">${data('e', 'relation', c.relation)}${data('e', 'date', c.date)}${data('e', 'role', c.role)}${data('e', 'unit', c.unit)}${data('e', 'status', c.status)}${data('e', 'sources', c.sources)}${data('e', 'conflict', c.conflict)}</edge>\n`);
  }
  for (const o of graph.orgs) if (o.parentId != null) write(`    <edge id="parent${o.id}" source="o${o.id}" target="o${o.parentId}">${data('e', 'relation', 'subsidiary_of')}</edge>\n`);
  for (const m of graph.moves) {
    if (m.fromOrgId == null || m.toOrgId == null) continue;
    write(`    <edge id="m${m.id}" source="o${m.fromOrgId}" target="o${m.toOrgId}">${data('e', 'relation', `move_${m.relation}`)}${data('e', 'date', m.date)}${data('e', 'person', names.get(m.personId) ?? '')}</edge>\n`);
  }
  write('  </graph>\n</graphml>\n');
}
