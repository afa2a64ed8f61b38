import { useEffect, useState } from 'react';
import { api, qs } from '../api/client';
import type { OrgRef, PersonRef, SearchResults } from '../api/types';
import { useI18n } from '../i18n/i18n';

export type Picked = { id: number; name: string };

/** Find a person or an organisation by name (search as you type) and pick one by id. */
export function EntityPicker({ kind, value, onChange, label }: { kind: 'people' | 'orgs'; value: Picked | null; onChange(value: Picked | null): void; label: string }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Array<PersonRef | OrgRef>>([]);
  useEffect(() => {
    if (value || query.trim().length === 0) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api<SearchResults>(`/search${qs({ q: query.trim(), kind, limit: 8 })}`, { signal: controller.signal }).then(
        (result) => setOptions(kind === 'people' ? result.people.items : result.orgs.items),
        () => setOptions([]),
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, kind, value]);

  if (value) {
    return (
      <div className="picker picked">
        <span className="picker-label">{label}</span>
        <span className="picked-value">{value.name} <span className="muted">#{value.id}</span></span>
        <button type="button" className="link-button" onClick={() => onChange(null)}>{t('common.change')}</button>
      </div>
    );
  }
  return (
    <div className="picker">
      <label>
        <span className="picker-label">{label}</span>
        <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t(kind === 'people' ? 'review.pickPerson' : 'review.pickOrg')} />
      </label>
      {options.length > 0 ? (
        <ul className="picker-options" role="listbox">
          {options.map((option) => (
            <li key={option.id}>
              <button type="button" onClick={() => { onChange({ id: option.id, name: option.name }); setQuery(''); }}>
                {option.name} <span className="muted">#{option.id}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
