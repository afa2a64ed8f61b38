import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { z } from 'zod';
import { dataPath } from '../data-path.js';
import { TalentflowError } from '../errors.js';

export const ORG_KINDS = ['big_tech', 'startup', 'lab', 'investor', 'university', 'company', 'institute', 'government'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** A team, lab, product or business line inside an organisation. */
export interface OrgUnit {
  name: string;
  /** Names that find this unit anywhere in a text. */
  aliases: string[];
  /** Names that find it only glued to its organisation ("字节跳动Seed") or through resolve(). */
  contextAliases?: string[];
  /** Aliases (among the two lists) that match only with this exact letter case. */
  caseSensitive?: string[];
}

export interface OrgEntry {
  /** Canonical name: the Simplified Chinese (or English) name Chinese tech media use most. */
  name: string;
  aliases: string[];
  contextAliases?: string[];
  caseSensitive?: string[];
  kind: OrgKind;
  sector?: string;
  country?: string;
  /** Canonical name of the owning organisation, for companies in their own right inside a group. */
  parent?: string | null;
  units?: OrgUnit[];
}

/** Words that make a team name after an organisation: "大模型" + "视觉" + "团队". */
export interface UnitHead {
  text: string;
  /** May follow an organisation with no modifier ("百度研究院"); any head may follow a known unit. */
  bare?: boolean;
}

/** Words before or after a short alias that mean it is not the organisation ("北京东路" is not 京东). */
export interface AliasGuard {
  alias: string;
  notAfter?: string[];
  notBefore?: string[];
}

export interface OrgData {
  unitHeads: UnitHead[];
  unitModifiers: string[];
  orgSuffixes: string[];
  guards: AliasGuard[];
  organisations: OrgEntry[];
}

const unitSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  contextAliases: z.array(z.string().min(1)).optional(),
  caseSensitive: z.array(z.string().min(1)).optional(),
});
const entrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  contextAliases: z.array(z.string().min(1)).optional(),
  caseSensitive: z.array(z.string().min(1)).optional(),
  kind: z.enum(ORG_KINDS),
  sector: z.string().optional(),
  country: z.string().optional(),
  parent: z.string().nullable().optional(),
  units: z.array(unitSchema).optional(),
});
const dataSchema = z.object({
  unitHeads: z.array(z.object({ text: z.string().min(1), bare: z.boolean().optional() })),
  unitModifiers: z.array(z.string().min(1)),
  orgSuffixes: z.array(z.string().min(1)),
  guards: z.array(z.object({ alias: z.string(), notAfter: z.array(z.string()).optional(), notBefore: z.array(z.string()).optional() })),
  organisations: z.array(entrySchema),
});

/** Reads and validates data/orgs.json (or another file of the same shape). */
export function readOrgData(file = dataPath('orgs.json')): OrgData {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new TalentflowError(`${file}: cannot read the organisation knowledge base (${(err as Error).message})`, { cause: err });
  }
  const parsed = dataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TalentflowError(`${file}: invalid organisation knowledge base at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data as OrgData;
}

/**
 * The entries with the Traditional-script forms (OpenCC Traditional, Taiwan and Hong Kong standards)
 * of every Chinese alias added, so the data file stays Simplified-only.
 */
export function withTraditionalAliases(entries: readonly OrgEntry[]): OrgEntry[] {
  const variants = traditionalVariants();
  const expand = (names: string[] | undefined): string[] | undefined => (names ? unique(names.flatMap(variants)) : names);
  return entries.map((e) => ({
    ...e,
    aliases: unique(e.aliases.flatMap(variants)),
    ...(e.contextAliases ? { contextAliases: expand(e.contextAliases) } : {}),
    ...(e.units
      ? {
          units: e.units.map((u) => ({
            ...u,
            aliases: unique(u.aliases.flatMap(variants)),
            ...(u.contextAliases ? { contextAliases: expand(u.contextAliases) } : {}),
          })),
        }
      : {}),
  }));
}

/** The name itself plus its Traditional forms (only names with Han characters have any). */
let variantsOf: ((name: string) => string[]) | undefined;
function traditionalVariants(): (name: string) => string[] {
  variantsOf ??= buildTraditionalVariants();
  return variantsOf;
}

function buildTraditionalVariants(): (name: string) => string[] {
  // cn→t is the expensive dictionary; the regional standards are small layers on top of it.
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  const toTaiwan = OpenCC.Converter({ from: 't', to: 'tw' });
  const toHongKong = OpenCC.Converter({ from: 't', to: 'hk' });
  return (name) => {
    if (!/[\u3400-\u9fff]/.test(name)) return [name];
    const t = toTraditional(name);
    return unique([name, t, toTaiwan(t), toHongKong(t)]);
  };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
