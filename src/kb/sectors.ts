// TEMPORARY SHIM by the lead (uncommitted) — the KB helper's real module overwrites this file.
export function findSector(text: string): string | null {
  const m = /(视频生成|AI Coding|AI编程|机器人|具身智能|芯片|大模型|AI Infra|自动驾驶|电商|教育|游戏|医疗|金融|搜索)/.exec(text);
  return m ? m[1]! : null;
}
