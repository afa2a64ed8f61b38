import { sql } from 'kysely';
import type { TalentStore } from './schema.js';
import type { Relation } from '../extract/fact.js';
import type { ClaimFact } from '../resolve/build-claims.js';
import { deriveClaimsAndMoves } from './rebuild-derived.js';
import { bulkInsert } from './bulk-insert.js';
import { mulberry32 } from '../random.js';

export interface SyntheticSizes {
  facts: number;
  people: number;
  orgs: number;
  /** Facts per synthetic document (default 20). */
  factsPerDocument?: number;
  seed?: number;
}

export interface SyntheticGraph {
  facts: number;
  claims: number;
  moves: number;
  documents: number;
  /** Organisation ids from the largest (most claims) down, for "a large organisation". */
  largestOrgIds: number[];
  /** Names of the largest organisations, as findOrg accepts them. */
  largestOrgNames: string[];
  personIds: number[];
  seconds: number;
}

/**
 * Fills an empty store with a generated talent graph: careers of people moving between
 * organisations whose popularity follows a Zipf law (a few giants, a long tail), each step stated
 * by one to three documents, dated 2010–2025 mostly to the month. Facts, claims, claim sources and
 * moves are written directly in batched inserts; claims and moves come from the same pure
 * functions as ingest (buildClaims, pairMoves), so the views see what they would after real ingest.
 */
export async function generateSyntheticGraph(store: TalentStore, sizes: SyntheticSizes): Promise<SyntheticGraph> {
  // One transaction: a bulk load, not a million small commits.
  return store.db.transaction().execute((trx) => generate({ ...store, db: trx }, sizes));
}

async function generate(store: TalentStore, sizes: SyntheticSizes): Promise<SyntheticGraph> {
  const started = performance.now();
  const random = mulberry32(sizes.seed ?? 42);
  const db = store.db;
  const perDoc = sizes.factsPerDocument ?? 20;
  const documents = Math.max(1, Math.ceil(sizes.facts / perDoc));
  const now = new Date().toISOString();

  // Organisations: the first 2% big tech, then start-ups, labs, investors; Zipf weights by rank.
  const kinds = (rank: number) => (rank < sizes.orgs * 0.02 ? 'big_tech' : rank % 11 === 0 ? 'lab' : rank % 17 === 0 ? 'investor' : rank % 23 === 0 ? 'university' : 'startup');
  const sectors = ['大模型', '视频生成', 'AI Coding', '芯片', '机器人', '自动驾驶', 'AI+电商', '具身智能'];
  await insertBatches(store, 'orgs', sizes.orgs, 2000, (i) => ({ id: i + 1, name: `机构${pad(i + 1, 5)}`, norm_name: `机构${pad(i + 1, 5)}`, kind: kinds(i), sector: kinds(i) === 'startup' ? sectors[i % sectors.length]! : null, parent_id: null, merged_into: null }));
  await insertBatches(store, 'org_aliases', sizes.orgs, 3000, (i) => ({ org_id: i + 1, alias: `机构${pad(i + 1, 5)}`, norm_alias: `机构${pad(i + 1, 5)}` }));
  // A few subsidiaries of the largest organisations, so alumni queries walk a hierarchy.
  for (let child = 2; child <= Math.min(sizes.orgs, 6); child++) await db.updateTable('orgs').set({ parent_id: 1 }).where('id', '=', sizes.orgs - child + 1).execute();

  await insertBatches(store, 'documents', documents, 1000, (i) => ({
    id: i + 1, doc_key: `synthetic-${i + 1}`, source: `synthetic/${i + 1}.txt`, url: null, title: `合成文章 ${i + 1}`,
    published: `20${10 + (i % 16)}-${pad((i % 12) + 1, 2)}`, published_inferred: 0, content_hash: `synthetic-${i + 1}`,
    fingerprint: null, fp_band0: null, fp_band1: null, fp_band2: null, fp_band3: null, near_duplicate_of: null,
    text: `合成文章 ${i + 1}：人事变动报道。`, format: 'text', ingested_at: now, extractor: 'synthetic@1',
  }));

  await insertBatches(store, 'people', sizes.people, 2000, (i) => ({ id: i + 1, name: `人物${pad(i + 1, 6)}`, norm_name: `人物${pad(i + 1, 6)}`, homonym_of: null, merged_into: null }));
  await insertBatches(store, 'person_aliases', sizes.people, 3000, (i) => ({ person_id: i + 1, alias: `人物${pad(i + 1, 6)}`, norm_alias: `人物${pad(i + 1, 6)}` }));

  const zipf = zipfSampler(sizes.orgs, 1.05, random);
  const factsPerPerson = sizes.facts / sizes.people;
  let factId = 0; // facts written so far (ids are given once a person's facts are kept)
  let claimId = 0;
  let moveId = 0;
  const orgClaims = new Map<number, number>();
  const factRows: Record<string, unknown>[] = [];
  const claimRows: Record<string, unknown>[] = [];
  const sourceRows: Record<string, unknown>[] = [];
  const moveRows: Record<string, unknown>[] = [];
  const boomerangRows: Record<string, unknown>[] = [];
  let boomerangId = 0;
  const flush = async (force: boolean) => {
    if (factRows.length >= 20000 || force) await bulkInsert(store, 'facts', factRows.splice(0), 1000);
    if (claimRows.length >= 20000 || force) await bulkInsert(store, 'claims', claimRows.splice(0), 1000);
    if (sourceRows.length >= 40000 || force) await bulkInsert(store, 'claim_sources', sourceRows.splice(0), 5000);
    if (moveRows.length >= 20000 || force) await bulkInsert(store, 'moves', moveRows.splice(0), 2000);
    if (boomerangRows.length >= 5000 || force) await bulkInsert(store, 'boomerangs', boomerangRows.splice(0), 2000);
  };

  for (let person = 1; person <= sizes.people; person++) {
    const remaining = sizes.facts - factId;
    if (remaining <= 0) break;
    const budget = person === sizes.people ? remaining : Math.min(remaining, Math.max(2, Math.round(factsPerPerson * (0.5 + random()))));
    const facts: ClaimFact[] = [];
    let month = Math.floor(random() * 12 * 12); // career start between 2010 and 2021
    let org = zipf();
    facts.push(...statedBy(person, 'joined', org, month));
    while (facts.length < budget) {
      month += 6 + Math.floor(random() * 30);
      const next = zipf();
      if (next === org) continue;
      facts.push(...statedBy(person, 'left', org, month));
      const founded = random() < 0.08;
      facts.push(...statedBy(person, founded ? 'founded' : 'joined', next, month + Math.floor(random() * 3)));
      org = next;
    }
    const kept = facts.slice(0, budget);
    for (const f of kept) f.id = ++factId;
    const { claims, moves, boomerangs } = deriveClaimsAndMoves(kept);
    const ids = claims.map(() => ++claimId);
    claims.forEach((c, i) => {
      claimRows.push({
        id: ids[i], person_id: person, relation: c.relation, org_id: c.orgId, date: c.date, date_sort: c.dateSort, role: c.role, unit: c.unit, status: c.status,
        source_count: c.sourceCount, has_conflict: c.conflicts.length ? 1 : 0, conflicts: c.conflicts.length ? JSON.stringify(c.conflicts) : null, sector: c.sector,
      });
      for (const f of c.facts) sourceRows.push({ claim_id: ids[i], fact_id: f.id });
      if (c.orgId != null) orgClaims.set(c.orgId, (orgClaims.get(c.orgId) ?? 0) + 1);
    });
    for (const m of moves) {
      moveRows.push({
        id: ++moveId, person_id: person, from_org_id: claims[m.leftRef]!.orgId, to_org_id: claims[m.toRef]!.orgId, to_relation: m.toRelation,
        date: m.date, date_sort: m.dateSort, left_claim_id: ids[m.leftRef], to_claim_id: ids[m.toRef],
      });
    }
    for (const b of boomerangs) {
      boomerangRows.push({
        id: ++boomerangId, person_id: person, org_id: claims[b.joinedRef]!.orgId, left_claim_id: ids[b.leftRef], joined_claim_id: ids[b.joinedRef],
        left_date: claims[b.leftRef]!.date, joined_date: claims[b.joinedRef]!.date, joined_sort: claims[b.joinedRef]!.dateSort,
      });
    }
    for (const f of kept) {
      factRows.push({
        id: f.id, doc_id: f.docId, fact_key: `s${f.id}`, person: `人物${pad(person, 6)}`, person_id: person, relation: f.relation, org: `机构${pad(f.orgId!, 5)}`,
        org_id: f.orgId, unit: f.unit, role: f.role, date: f.date, status: f.status, evidence: f.evidence, evidence_start: 0, evidence_end: 10,
        sector: f.sector, cause: null, confidence: Math.round(random() * 100) / 100, extractor: 'synthetic@1', review_state: 'pending', independent: 1,
      });
    }
    await flush(false);
  }
  await flush(true);
  if (store.dialect === 'postgres') {
    for (const table of ['orgs', 'documents', 'people', 'facts', 'claims', 'moves', 'boomerangs'] as const) {
      await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT COALESCE(MAX(id), 1) FROM ${sql.table(table)}))`.execute(db);
    }
    await sql`ANALYZE`.execute(db);
  } else {
    await sql`ANALYZE`.execute(db);
  }
  const largest = [...orgClaims].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id]) => id);
  return {
    facts: factId,
    claims: claimId,
    moves: moveId,
    documents,
    largestOrgIds: largest,
    largestOrgNames: largest.map((id) => `机构${pad(id, 5)}`),
    personIds: Array.from({ length: sizes.people }, (_, i) => i + 1),
    seconds: (performance.now() - started) / 1000,
  };

  /** One step of a career, stated by one to three documents. */
  function statedBy(personId: number, relation: Relation, orgId: number, month: number): ClaimFact[] {
    const sources = 1 + Math.floor(random() * random() * 3);
    const date = monthDate(month, random() < 0.1);
    const out: ClaimFact[] = [];
    for (let s = 0; s < sources; s++) {
      const docId = 1 + Math.floor(random() * documents);
      // Now and then a second source gives another month: a date conflict.
      const stated = s > 0 && random() < 0.05 ? monthDate(month + 1, false) : date;
      out.push({
        id: 0, docId, storyId: docId, personId, relation, orgId, unit: null, role: relation === 'founded' ? '创始人' : null,
        date: stated, status: random() < 0.2 ? 'reported' : 'confirmed', sector: null, evidence: `${relation} ${orgId}`,
      });
    }
    return out;
  }
}

function monthDate(month: number, yearOnly: boolean): string {
  const year = 2010 + Math.floor(month / 12);
  return yearOnly ? String(year) : `${year}-${pad((month % 12) + 1, 2)}`;
}

async function insertBatches(store: TalentStore, table: string, count: number, batch: number, row: (i: number) => Record<string, unknown>): Promise<void> {
  for (let start = 0; start < count; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + batch); i++) rows.push(row(i));
    await bulkInsert(store, table, rows, batch);
  }
}

/** Ranks 1..n drawn with probability ∝ 1/rank^s (inverse CDF over a precomputed table). */
function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 1; k <= n; k++) {
    sum += 1 / k ** s;
    cdf[k - 1] = sum;
  }
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

