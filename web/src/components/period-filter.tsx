import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Since/until inputs (YYYY, YYYY-MM or YYYY-MM-DD); applied on submit so typing does not refetch. */
export function PeriodFilter({ since, until, onApply }: { since: string; until: string; onApply(since: string, until: string): void }) {
  const { t } = useI18n();
  const [from, setFrom] = useState(since);
  const [till, setTill] = useState(until);
  useEffect(() => {
    setFrom(since);
    setTill(until);
  }, [since, until]);
  const invalid = (value: string) => value !== '' && !PARTIAL_DATE.test(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid(from) && !invalid(till)) onApply(from, till);
  };
  return (
    <form className="filters" onSubmit={submit}>
      <label>
        {t('filter.since')}
        <input value={from} onChange={(e) => setFrom(e.target.value.trim())} placeholder="2024-01" aria-invalid={invalid(from)} size={10} name="since" />
      </label>
      <label>
        {t('filter.until')}
        <input value={till} onChange={(e) => setTill(e.target.value.trim())} placeholder="2025-12" aria-invalid={invalid(till)} size={10} name="until" />
      </label>
      <button type="submit">{t('filter.apply')}</button>
    </form>
  );
}
