import type { MessageKey } from '../i18n/i18n';

/** The translated name of an organisation kind (big_tech → 大厂 / Big tech), or the kind itself. */
export function kindLabel(t: (key: MessageKey) => string, kind: string | null | undefined): string {
  if (!kind) return '';
  const key = `kind.${kind}` as MessageKey;
  const label = t(key);
  return label === key ? kind : label;
}
