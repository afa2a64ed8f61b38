import type { OrgKb } from '../kb/org-kb.js';

/**
 * What the store needs of the organisation knowledge base (src/kb/org-kb.ts): `resolve(name)` giving
 * the canonical entry (name, aliases, kind, sector, parent). Narrowed so tests can pass a small one.
 */
export type OrgKbLike = Pick<OrgKb, 'resolve'>;
