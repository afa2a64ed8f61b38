import type { ExportGraph } from './load-graph.js';

/**
 * Cypher for Neo4j / Memgraph: `:Person` and `:Organisation` nodes keyed by `tf_id`, relationships
 * LEFT / JOINED / FOUNDED / STEPPED_DOWN from claims, SUBSIDIARY_OF from parents, MOVED_TO from moves.
 */
export function writeCypher(graph: ExportGraph, write: (chunk: string) => void): void {
  write('CREATE CONSTRAINT IF NOT EXISTS FOR (p:Person) REQUIRE p.tf_id IS UNIQUE;\n');
  write('CREATE CONSTRAINT IF NOT EXISTS FOR (o:Organisation) REQUIRE o.tf_id IS UNIQUE;\n');
  for (const p of graph.people) write(`MERGE (:Person {tf_id: ${p.id}, name: ${cypherString(p.name)}});\n`);
  for (const o of graph.orgs) write(`MERGE (:Organisation {tf_id: ${o.id}, name: ${cypherString(o.name)}, kind: ${cypherString(o.kind)}${o.sector ? `, sector: ${cypherString(o.sector)}` : ''}});\n`);
  for (const c of graph.claims) {
    if (c.orgId == null) continue;
    const props = [`date: ${cypherValue(c.date)}`, `role: ${cypherValue(c.role)}`, `unit: ${cypherValue(c.unit)}`, `status: ${cypherString(c.status)}`, `sources: ${c.sources}`, `conflict: ${c.conflict}`];
    write(`MATCH (p:Person {tf_id: ${c.personId}}), (o:Organisation {tf_id: ${c.orgId}}) CREATE (p)-[:${c.relation.toUpperCase()} {${props.join(', ')}}]->(o);\n`);
  }
  for (const o of graph.orgs) if (o.parentId != null) write(`MATCH (a:Organisation {tf_id: ${o.id}}), (b:Organisation {tf_id: ${o.parentId}}) CREATE (a)-[:SUBSIDIARY_OF]->(b);\n`);
  for (const m of graph.moves) {
    if (m.fromOrgId == null || m.toOrgId == null) continue;
    write(`MATCH (a:Organisation {tf_id: ${m.fromOrgId}}), (b:Organisation {tf_id: ${m.toOrgId}}) CREATE (a)-[:MOVED_TO {person_id: ${m.personId}, relation: ${cypherString(m.relation)}, date: ${cypherValue(m.date)}}]->(b);\n`);
  }
}

/** A Cypher string literal: single quotes, backslash escapes. */
export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

function cypherValue(s: string | null): string {
  return s == null ? 'null' : cypherString(s);
}
