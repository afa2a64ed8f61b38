import { describe, expect, it } from 'vitest';
import { foldKey } from './fold-char.js';
import { readOrgData, withTraditionalAliases, type OrgEntry } from './org-data.js';

const data = readOrgData();
const entries = withTraditionalAliases(data.organisations);

/** Every name that can find an organisation or unit on its own, with who owns it. */
function globalNames(list: readonly OrgEntry[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  const add = (alias: string, owner: string): void => {
    const key = foldKey(alias);
    const seen = owners.get(key) ?? [];
    if (!seen.includes(owner)) seen.push(owner);
    owners.set(key, seen);
  };
  for (const e of list) {
    for (const a of [...e.aliases, ...(e.contextAliases ?? [])]) add(a, e.name);
    for (const u of e.units ?? []) for (const a of u.aliases) add(a, `${e.name}/${u.name}`);
  }
  return owners;
}

describe('data/orgs.json', () => {
  it('holds at least 200 organisations with unique canonical names', () => {
    expect(data.organisations.length).toBeGreaterThanOrEqual(200);
    const names = data.organisations.map((e) => e.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('gives every alias, Traditional forms included, to exactly one organisation or unit', () => {
    const clashes = [...globalNames(entries)].filter(([, owners]) => owners.length > 1);
    expect(clashes).toEqual([]);
  });

  it('names every parent among the entries', () => {
    const names = new Set(data.organisations.map((e) => e.name));
    const orphans = data.organisations.filter((e) => e.parent && !names.has(e.parent)).map((e) => `${e.name} → ${e.parent}`);
    expect(orphans).toEqual([]);
  });

  it('lists each canonical name among its own aliases, and case-sensitive aliases among the aliases', () => {
    const bad: string[] = [];
    for (const e of data.organisations) {
      const all = [...e.aliases, ...(e.contextAliases ?? [])];
      if (!all.includes(e.name)) bad.push(`${e.name}: name is no alias`);
      for (const c of e.caseSensitive ?? []) if (!all.includes(c)) bad.push(`${e.name}: ${c}`);
      for (const u of e.units ?? []) {
        const ua = [...u.aliases, ...(u.contextAliases ?? [])];
        for (const c of u.caseSensitive ?? []) if (!ua.includes(c)) bad.push(`${e.name}/${u.name}: ${c}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('guards only aliases that exist', () => {
    const keys = globalNames(entries);
    expect(data.guards.filter((g) => !keys.has(foldKey(g.alias))).map((g) => g.alias)).toEqual([]);
  });

  it('covers the groups and products news names most (ByteDance, Alibaba, Google units)', () => {
    const units = (name: string) => entries.find((e) => e.name === name)?.units?.map((u) => u.name) ?? [];
    expect(units('字节跳动')).toEqual(expect.arrayContaining(['抖音', 'TikTok', '火山引擎', '剪映', 'PICO', '大力教育', 'Seed', '豆包']));
    expect(units('阿里巴巴')).toEqual(expect.arrayContaining(['阿里云', '通义', '达摩院', '淘宝', '钉钉', '夸克']));
    expect(units('谷歌')).toEqual(expect.arrayContaining(['DeepMind', 'Google Brain', 'Gemini']));
    const kinds = new Set(data.organisations.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['big_tech', 'company', 'government', 'institute', 'investor', 'lab', 'startup', 'university']);
  });

  it('adds Traditional-script aliases at load time', () => {
    const bytedance = entries.find((e) => e.name === '字节跳动');
    expect(bytedance?.aliases).toEqual(expect.arrayContaining(['字节跳动', '字節跳動', '字節']));
    const volcano = bytedance?.units?.find((u) => u.name === '火山引擎');
    expect(volcano?.aliases).toContain('火山引擎');
    const alibaba = entries.find((e) => e.name === '阿里巴巴');
    expect(alibaba?.units?.find((u) => u.name === '通义千问')?.aliases).toContain('通義千問');
  });
});
