import type { Kysely } from 'kysely';
import type { TalentDatabase } from './schema.js';
import type { OrgKbLike } from './org-kb-source.js';
import { normalizeName } from '../resolve/normalize-name.js';

type Db = Kysely<TalentDatabase>;

/**
 * Finds or creates the organisation a fact names. Order: an alias already in the store (merges
 * followed), then the knowledge base (canonical name, kind, sector, aliases, parent — created with
 * its parent chain), else a new organisation of kind 'unknown' named as the fact names it.
 */
export class OrgResolver {
  private readonly ids = new Map<string, number>();
  private readonly roots = new Map<number, number>();

  constructor(private readonly db: Db, private readonly kb: OrgKbLike | null) {}

  async idOf(name: string): Promise<number> {
    const norm = normalizeName(name);
    const known = this.ids.get(norm);
    if (known != null) return known;
    const id = (await this.lookup(norm)) ?? (await this.create(name, new Set()));
    this.ids.set(norm, id);
    return id;
  }

  /** The top of the organisation's parent chain (itself when it has no parent). */
  async rootOf(id: number): Promise<number> {
    const known = this.roots.get(id);
    if (known != null) return known;
    let current = id;
    for (let depth = 0; depth < 10; depth++) {
      const row = await this.db.selectFrom('orgs').select('parent_id').where('id', '=', current).executeTakeFirst();
      if (!row?.parent_id) break;
      current = row.parent_id;
    }
    this.roots.set(id, current);
    return current;
  }

  private async lookup(norm: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('org_aliases')
      .innerJoin('orgs', 'orgs.id', 'org_aliases.org_id')
      .select(['orgs.id', 'orgs.merged_into'])
      .where('org_aliases.norm_alias', '=', norm)
      .executeTakeFirst();
    if (!row) return null;
    return followMerges(this.db, row.id, row.merged_into);
  }

  private async create(name: string, seen: Set<string>): Promise<number> {
    const hit = this.kb?.resolve(name) ?? null;
    const canonical = hit?.entry.name ?? name;
    if (hit && normalizeName(canonical) !== normalizeName(name)) {
      const existing = await this.lookup(normalizeName(canonical));
      if (existing != null) {
        await this.addAlias(existing, name);
        return existing;
      }
    }
    let parentId: number | null = null;
    const parent = hit?.entry.parent;
    if (parent && !seen.has(parent) && normalizeName(parent) !== normalizeName(canonical)) {
      seen.add(canonical);
      parentId = (await this.lookup(normalizeName(parent))) ?? (await this.create(parent, seen));
    }
    const { id } = await this.db
      .insertInto('orgs')
      .values({ name: canonical, norm_name: normalizeName(canonical), kind: hit?.entry.kind ?? 'unknown', sector: hit?.entry.sector ?? null, parent_id: parentId, merged_into: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const alias of new Set([canonical, name, ...(hit?.entry.aliases ?? [])])) await this.addAlias(id, alias);
    return id;
  }

  private async addAlias(orgId: number, alias: string): Promise<void> {
    const norm = normalizeName(alias);
    const taken = await this.db.selectFrom('org_aliases').select('org_id').where('norm_alias', '=', norm).executeTakeFirst();
    if (!taken) await this.db.insertInto('org_aliases').values({ org_id: orgId, alias, norm_alias: norm }).execute();
  }
}

/** Follows merged_into links to the organisation that absorbed this one. */
export async function followMerges(db: Db, id: number, mergedInto: number | null): Promise<number> {
  let current = id;
  let next = mergedInto;
  for (let depth = 0; next != null && depth < 20; depth++) {
    current = next;
    const row = await db.selectFrom('orgs').select('merged_into').where('id', '=', current).executeTakeFirst();
    next = row?.merged_into ?? null;
  }
  return current;
}
