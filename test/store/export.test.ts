import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createTestStore, extractorFrom, makeDocument, makeFact, type TestStore } from './test-setup.js';
import { scenario } from './scenario.js';
import { ingestDocument } from '../../src/pipeline/ingest-documents.js';
import { exportGraph } from '../../src/export/export-graph.js';
import { UsageError } from '../../src/errors.js';

describe('exportGraph', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore('sqlite');
    const { docs, facts } = scenario();
    // A name with characters XML, CSV and Cypher must escape.
    const odd = makeDocument('odd', 'R&D "Lab" <x>的O\'Neil, Jr.加入了星云智能。', '2025-02-01');
    docs.push(odd);
    facts.set('odd', [makeFact(odd, 'O\'Neil, Jr.', 'joined', 'R&D "Lab" <x>', odd.text, { date: '2025-02' })]);
    for (const d of docs) await ingestDocument(t.store, d, { extract: extractorFrom(facts) });
  });
  afterAll(async () => { await t.destroy(); });

  const run = async (format: string) => {
    let out = '';
    await exportGraph(t.store, format, (chunk) => { out += chunk; });
    return out;
  };

  it('writes well-formed GraphML with every person, organisation and claim', async () => {
    const xml = await run('graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const nodes = doc.graphml.graph.node as Array<Record<string, string>>;
    expect(nodes.filter((n) => n['@_id']!.startsWith('p'))).toHaveLength(7);
    expect(xml).toContain('R&amp;D &quot;Lab&quot; &lt;x&gt;');
    const edges = doc.graphml.graph.edge as Array<Record<string, string>>;
    expect(edges.filter((e) => e['@_id']!.startsWith('m')).length).toBe(3);
  });

  it('writes well-formed GEXF', async () => {
    const xml = await run('gexf');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.gexf['@_version']).toBe('1.3');
    expect((doc.gexf.graph.nodes.node as unknown[]).length).toBeGreaterThan(7);
  });

  it('writes CSV with quoted fields and JSON that parses back', async () => {
    const csv = await run('csv');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('person_id,person,relation,org_id,org,org_kind,unit,role,date,status,sources,conflict');
    expect(csv).toContain('"O\'Neil, Jr."');
    expect(csv).toContain('"R&D ""Lab"" <x>"');
    const json = JSON.parse(await run('json'));
    expect(json.claims).toHaveLength(lines.length - 1);
    expect(json.moves).toHaveLength(3);
  });

  it('writes Cypher with escaped strings, one statement per line', async () => {
    const cypher = await run('cypher');
    expect(cypher).toContain("name: 'O\\'Neil, Jr.'");
    expect(cypher.trim().split('\n').every((l) => l.endsWith(';'))).toBe(true);
    expect(cypher).toMatch(/CREATE \(p\)-\[:JOINED \{date: '2025-02'/);
  });

  it('refuses an unknown format', async () => {
    await expect(run('dot')).rejects.toBeInstanceOf(UsageError);
  });
});
