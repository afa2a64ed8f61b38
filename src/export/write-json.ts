import type { ExportGraph } from './load-graph.js';

/** JSON: `{ people, orgs, claims, moves }`, ids linking them; written in pieces so large graphs stream. */
export function writeJson(graph: ExportGraph, write: (chunk: string) => void): void {
  write('{\n');
  const parts = ['people', 'orgs', 'claims', 'moves'] as const;
  parts.forEach((part, i) => {
    write(`  "${part}": [`);
    graph[part].forEach((item, j) => write(`${j ? ',' : ''}\n    ${JSON.stringify(item)}`));
    write(`\n  ]${i < parts.length - 1 ? ',' : ''}\n`);
  });
  write('}\n');
}
