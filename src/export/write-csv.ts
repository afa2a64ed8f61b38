import type { ExportGraph } from './load-graph.js';

/** CSV (RFC 4180): one row per claim, person and organisation named, for spreadsheets. */
export function writeCsv(graph: ExportGraph, write: (chunk: string) => void): void {
  const people = new Map(graph.people.map((p) => [p.id, p.name]));
  const orgs = new Map(graph.orgs.map((o) => [o.id, o]));
  write(`${['person_id', 'person', 'relation', 'org_id', 'org', 'org_kind', 'unit', 'role', 'date', 'status', 'sources', 'conflict'].join(',')}\r\n`);
  for (const c of graph.claims) {
    const org = c.orgId != null ? orgs.get(c.orgId) : undefined;
    const row = [c.personId, people.get(c.personId) ?? '', c.relation, c.orgId ?? '', org?.name ?? '', org?.kind ?? '', c.unit ?? '', c.role ?? '', c.date ?? '', c.status, c.sources, c.conflict ? 'yes' : ''];
    write(`${row.map(csvField).join(',')}\r\n`);
  }
}

export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
