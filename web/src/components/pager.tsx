import { useI18n } from '../i18n/i18n';

/** Previous/next over a paginated list, with "1–50 of 230". */
export function Pager({ total, limit, offset, onChange }: { total: number; limit: number; offset: number; onChange(offset: number): void }) {
  const { t } = useI18n();
  if (total <= limit && offset === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <div className="pager">
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>← {t('pager.previous')}</button>
      <span>{t('pager.range', { from: total === 0 ? 0 : offset + 1, to: last, total })}</span>
      <button type="button" disabled={last >= total} onClick={() => onChange(offset + limit)}>{t('pager.next')} →</button>
    </div>
  );
}
