import type { TalentStore } from '../store/schema.js';

/** The talent graph as exported: people and organisations as nodes, claims and moves as edges. */
export interface ExportGraph {
  people: Array<{ id: number; name: string }>;
  orgs: Array<{ id: number; name: string; kind: string; sector: string | null; parentId: number | null }>;
  /** person → organisation, one per claim. */
  claims: Array<{ id: number; personId: number; orgId: number | null; relation: string; date: string | null; role: string | null; unit: string | null; status: string; sources: number; conflict: boolean }>;
  /** organisation → organisation, one per move (to is null for an unnamed company). */
  moves: Array<{ id: number; personId: number; fromOrgId: number | null; toOrgId: number | null; relation: string; date: string | null }>;
}

/** Reads the whole graph (people with facts, live organisations, claims, moves). */
export async function loadExportGraph(store: TalentStore): Promise<ExportGraph> {
  const db = store.db;
  const [people, orgs, claims, moves] = await Promise.all([
    db.selectFrom('people').select(['id', 'name']).where('merged_into', 'is', null).where((eb) => eb.exists(eb.selectFrom('claims').select('claims.id').whereRef('claims.person_id', '=', 'people.id'))).orderBy('id').execute(),
    db.selectFrom('orgs').select(['id', 'name', 'kind', 'sector', 'parent_id']).where('merged_into', 'is', null).orderBy('id').execute(),
    db.selectFrom('claims').select(['id', 'person_id', 'org_id', 'relation', 'date', 'role', 'unit', 'status', 'source_count', 'has_conflict']).orderBy('id').execute(),
    db.selectFrom('moves').select(['id', 'person_id', 'from_org_id', 'to_org_id', 'to_relation', 'date']).orderBy('id').execute(),
  ]);
  return {
    people,
    orgs: orgs.map((o) => ({ id: o.id, name: o.name, kind: o.kind, sector: o.sector, parentId: o.parent_id })),
    claims: claims.map((c) => ({ id: c.id, personId: c.person_id, orgId: c.org_id, relation: c.relation, date: c.date, role: c.role, unit: c.unit, status: c.status, sources: Number(c.source_count), conflict: Number(c.has_conflict) === 1 })),
    moves: moves.map((m) => ({ id: m.id, personId: m.person_id, fromOrgId: m.from_org_id, toOrgId: m.to_org_id, relation: m.to_relation, date: m.date })),
  };
}
