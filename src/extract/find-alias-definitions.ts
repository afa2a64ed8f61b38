/**
 * Short names a Chinese text defines for an organisation in brackets right after its full name:
 * 北京月之暗面科技有限公司（以下简称“月之暗面”）, 科大讯飞股份有限公司（以下简称“公司”）,
 * 瀚思维智能控股有限公司（「本公司」，连同其附属公司统称「本集团」）. Announcements and filings then
 * write only the short name (本公司行政总裁, 收到公司副总裁…的辞职报告); every place it stands after the
 * definition is returned, with the full name it stands for.
 */
export interface AliasUse {
  start: number;
  end: number;
  /** Offsets of the full name the alias was defined for. */
  defined: { start: number; end: number };
}

const DEFINITION = /[（(]\s*(?:以下简称|以下称|以下简称为|下称|简称|以下统称)?\s*[“「『"]([^”」』"（）()]{1,12})[”」』"]([^（）()]{0,40})[）)]/g;
const MORE_ALIASES = /(?:统称|简称|合称|下称)\s*[“「『"]([^”」』"]{1,12})[”」』"]/g;
/** A defined word that is common in other senses (公司, 集团) stands for the company only here. */
const GENERIC_ALIAS = /^(?:公司|集团|本公司|本集团|该公司|发行人|上市公司)$/;
/** What may stand right before a generic alias for it to be the company (收到公司…, 本公司, 辞去公司…). */
const GENERIC_BEFORE = /^(?:[^\u4e00-\u9fff]|[本该到去任入于在开出及和与])$/;
/** Words a generic alias is the end of (子公司, 分公司, 上市公司): another company. */
const COMPOUND_BEFORE = /(?:子|分|母|控股|上市|科技|投资|关联|联营|合营|参股|附属)$/;

/**
 * Uses of defined aliases. `orgEndingAt(i)` gives the full name ending at offset i (the bracket),
 * or null; aliases are matched after their definition only, and never inside `isTaken` spans.
 */
export function findAliasUses(
  text: string,
  orgEndingAt: (end: number) => { start: number; end: number } | null,
  isTaken: (start: number, end: number) => boolean,
): AliasUse[] {
  const out: AliasUse[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const defined = orgEndingAt(m.index);
    if (!defined) continue;
    const aliases = new Set([m[1]!.trim()]);
    for (const more of (m[2] ?? '').matchAll(MORE_ALIASES)) aliases.add(more[1]!.trim());
    const after = m.index + m[0].length;
    for (const alias of aliases) {
      if (alias.length < 2 || /^[\u4e00-\u9fff]{1,2}(?:先生|女士)$/.test(alias)) continue;
      const forms = GENERIC_ALIAS.test(alias) && !alias.startsWith('本') ? [`本${alias}`, alias] : [alias]; // the longer form first: 本公司 is one use, not 本|公司
      for (const form of forms) {
        for (let at = text.indexOf(form, after); at >= 0; at = text.indexOf(form, at + form.length)) {
          const end = at + form.length;
          if (isTaken(at, end) || out.some((u) => u.start < end && at < u.end)) continue;
          if (GENERIC_ALIAS.test(form) && !form.startsWith('本') && !genericUseOk(text, at)) continue;
          out.push({ start: at, end, defined });
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function genericUseOk(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  if (before === '') return true;
  return GENERIC_BEFORE.test(before) && !COMPOUND_BEFORE.test(text.slice(Math.max(0, at - 4), at));
}
