import type { Fact } from '../extract/fact.js';

const RELATION_LABEL: Record<Fact['relation'], string> = { joined: 'joined', left: 'left', founded: 'founded', stepped_down: 'stepped down' };

/** Facts as an aligned table for a terminal, one line each, evidence cut to the width left. */
export function formatFactTable(facts: readonly Fact[], width: number): string {
  if (facts.length === 0) return 'No career-move facts found.\n';
  const rows = facts.map((f) => [
    f.doc,
    f.person,
    RELATION_LABEL[f.relation],
    f.org ? (f.unit && f.unit !== f.org ? `${f.org} / ${f.unit}` : f.org) : '—',
    f.role ?? '',
    f.date ?? '',
    f.status === 'reported' ? 'reported' : '',
    f.evidence,
  ]);
  const header = ['doc', 'person', 'relation', 'organisation', 'role', 'date', 'status', 'evidence'];
  const fixed = header.length - 1;
  const widths = header.slice(0, fixed).map((h, i) => Math.min(28, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!)))));
  const used = widths.reduce((a, b) => a + b + 2, 0);
  const evidenceWidth = Math.max(20, width - used);
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < fixed ? pad(cut(c, widths[i]!), widths[i]!) : cut(c, evidenceWidth))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + `\n${facts.length} facts\n`;
}

/** Terminal columns a string takes: CJK characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function cut(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}
