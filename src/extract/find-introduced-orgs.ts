/**
 * Organisations a Chinese text introduces by name in quotes: after a word for a company
 * (人形机器人公司“灵枢动力”, 初创企业「衡元智能」) or with a Latin gloss (“灵枢动力”（LingShu
 * Robotics）). Such a name has no company ending and no entry in the knowledge base, yet the rest
 * of the text uses it bare ("灵枢动力由黎曜于2023年创立"); every place it stands is returned.
 */
export interface IntroducedOrg {
  start: number;
  end: number;
  name: string;
}

/** Words for a company that may stand right before its quoted name. */
const COMPANY_WORD = /(?:公司|创企|新创|企业|品牌|平台|机构|独角兽|厂商|初创|新锐|工作室|实验室|研究院|基金|资本|集团|新势力|车企|药企|芯片商|应用|App|APP|SaaS|软件|工具|助手)$/;
/** A founding verb and a short description (no punctuation) before a quoted name. */
const FOUNDED_BEFORE = /(?:创办|创立|创建|成立|孵化|推出)了?[^，,。；;、“”「」"]{0,20}$/;
const QUOTED = /[“「『"]([\u4e00-\u9fffA-Za-z0-9·&.\- ]{2,12})[”」』"]/g;
/** A Latin gloss of a name in brackets: （LingShu Robotics）. */
const LATIN_GLOSS = /^\s*[（(]\s*[A-Z][A-Za-z0-9.&\- ]{1,40}[）)]/;
/** A name right before a stock code in brackets: 6 digits (A shares), 4–5 digits .HK, or with its exchange. */
// (Also a Taiwan code of four digits, with the announcement after it: "宏碩光電（6629）17日召開董事會".)
const STOCK_CODE_AFTER = /([\u4e00-\u9fffA-Za-z]{2,16})\s*[（(](?:\d{6}|\d{4,5}\.HK|\d{6}\.(?:SH|SZ|BJ|sh|sz)|\d{4}(?=[）)](?:\d{1,2}日|昨|今|日前|近日|公告|召开|召開|董事会|董事會|宣布|发布|發布)))[）)]/g;
/** Words before a listed company's name that describe it (锂电正极材料企业|岳麓新材). */
const STOCK_NAME_CUTS = ['企业', '公司', '厂商', '厂', '廠', '龙头', '巨头', '品牌', '平台', '制造商', '供应商', '集团旗下', '旗下', '的', '是', '讯', '称', '即'];
const NOT_A_NAME = /[的了是在和与及着过吗呢吧]|^[一二三四五六七八九十0-9]/;

export function findIntroducedOrgs(text: string, isTaken: (start: number, end: number) => boolean, isOrdinaryWord: (word: string) => boolean = () => true): IntroducedOrg[] {
  const names = new Set<string>();
  for (const m of text.matchAll(QUOTED)) {
    const name = m[1]!.trim();
    if (name.length < 2 || NOT_A_NAME.test(name) || !/[\u4e00-\u9fff]/.test(name)) continue;
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 44);
    // ("联合创办AI陪伴应用“鹿鸣”", "创立AR眼镜品牌“朝暮”": what a founding verb just before has created.)
    const lead = text.slice(Math.max(0, m.index - 18), m.index);
    if (COMPANY_WORD.test(before) || LATIN_GLOSS.test(after) || FOUNDED_BEFORE.test(lead)) names.add(name);
  }
  // "科翎电子（300812）", "锂电正极材料企业岳麓新材（688573）": a listed company by its stock code.
  for (const m of text.matchAll(STOCK_CODE_AFTER)) {
    const run = m[1]!;
    const cut = Math.max(...STOCK_NAME_CUTS.map((w) => { const k = run.lastIndexOf(w); return k < 0 ? -1 : k + w.length; }));
    const name = run.slice(Math.max(cut, 0));
    if (name.length >= 2 && name.length <= 10 && !NOT_A_NAME.test(name)) names.add(name);
  }
  // "FoldCode折叠码": a name of a Latin and a Chinese part is written by either part alone too.
  const forms = new Map<string, string>();
  for (const name of names) {
    forms.set(name, name);
    const parts = /^([A-Za-z][A-Za-z0-9.&\-]{2,})\s*([\u4e00-\u9fff]{2,})$/.exec(name) ?? /^([\u4e00-\u9fff]{2,})\s*([A-Za-z][A-Za-z0-9.&\-]{2,})$/.exec(name);
    if (parts) for (const part of [parts[1]!, parts[2]!]) if (!forms.has(part)) forms.set(part, name);
    // “极帆智能” … 极帆: the name without its company word, when that is no ordinary word.
    const stem = /^([\u4e00-\u9fff]{2,4})(?:智能|科技|机器人|动力|互动|网络|半导体|智造|汽车|生物|医疗|数据|智算)$/.exec(name)?.[1];
    if (stem && !isOrdinaryWord(stem) && !forms.has(stem)) forms.set(stem, name);
  }
  const out: IntroducedOrg[] = [];
  const covered = (start: number, end: number) => out.some((o) => o.start < end && start < o.end);
  // Longer forms first, so the whole name is one mention and its parts are only found alone.
  for (const [form, name] of [...forms].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      // A Latin part inside a longer Latin word is not the name (Fold in FoldCode).
      if (/[A-Za-z]/.test(form) && (/[A-Za-z]/.test(text[at - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? ''))) continue;
      if (!isTaken(at, end) && !covered(at, end)) out.push({ start: at, end, name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
