import { createHash } from 'node:crypto';
import type { Fact } from '../extract/fact.js';

/**
 * The key by which review decisions find "the same fact" again after re-extraction: the document's
 * content hash, the fact's person, relation and organisation as extracted, and where its evidence is.
 */
export function factKey(contentHash: string, fact: Pick<Fact, 'person' | 'relation' | 'org' | 'evidence' | 'evidence_start' | 'evidence_end'>): string {
  const where = fact.evidence_start != null ? `${fact.evidence_start}-${fact.evidence_end ?? ''}` : fact.evidence;
  return createHash('sha256')
    .update([contentHash, fact.person.normalize('NFKC'), fact.relation, fact.org ?? '', where].join('\u0000'))
    .digest('hex')
    .slice(0, 24);
}
