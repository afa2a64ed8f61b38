import { z } from 'zod';

/** The four relations of ../shared/spec/facts.md. */
export const RELATIONS = ['joined', 'left', 'founded', 'stepped_down'] as const;
export type Relation = (typeof RELATIONS)[number];

export const CAUSES = ['dismissed', 'poached', 'startup', 'return', 'acquihire'] as const;
export type Cause = (typeof CAUSES)[number];

/**
 * One career-move fact: one person's change of relationship with one organisation, as one text
 * states it. The JSON-lines output of `talentflow extract` is exactly this shape (see facts.md).
 */
export const FactSchema = z.object({
  person: z.string().min(1),
  relation: z.enum(RELATIONS),
  /** Company-level canonical name (字节跳动, not 抖音); null when the text names none. */
  org: z.string().nullable(),
  /** Team, lab, product line or subsidiary inside `org`, as the text names it. */
  unit: z.string().nullable(),
  role: z.string().nullable(),
  /** YYYY, YYYY-MM or YYYY-MM-DD, resolved against the publication date. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  status: z.enum(['confirmed', 'reported']),
  /** The source sentence or clause, copied exactly from the original text. */
  evidence: z.string().min(1),
  doc: z.string().min(1),
  sector: z.string().nullable().optional(),
  cause: z.enum(CAUSES).nullable().optional(),
  confidence: z.number().min(0).max(1).optional(),
  /** Offsets of `evidence` in the document's text (UTF-16 code units, end exclusive). */
  evidence_start: z.number().int().nonnegative().optional(),
  evidence_end: z.number().int().nonnegative().optional(),
  /** Which extractor produced it, `name@version`. */
  extractor: z.string().optional(),
  /** The rule that read it (e.g. `加入:object`, `former-appositive`): why the machine believes it. */
  rule: z.string().optional(),
});

export type Fact = z.infer<typeof FactSchema>;
