/**
 * The organisation knowledge base (src/kb/org-kb.ts, written separately) as the store uses it: to give
 * organisations found in facts their canonical name, kind, sector, aliases and parent. Loaded lazily
 * and optionally, so the store works (kind 'unknown' for every organisation) where no KB is shipped.
 */
export interface OrgKbEntry {
  name: string;
  aliases?: string[];
  kind?: string;
  sector?: string | null;
  parent?: string | null;
  units?: string[];
}

export interface OrgKbLike {
  resolve(name: string): { org: string; unit?: string | null; entry: OrgKbEntry } | null;
}

let cached: Promise<OrgKbLike | null> | undefined;

export function loadOrgKbOptional(): Promise<OrgKbLike | null> {
  cached ??= (async () => {
    const specifier = '../kb/org-kb.js';
    try {
      const mod = (await import(specifier)) as { loadOrgKb?: () => OrgKbLike | Promise<OrgKbLike> };
      return mod.loadOrgKb ? await mod.loadOrgKb() : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return null;
      throw err;
    }
  })();
  return cached;
}
