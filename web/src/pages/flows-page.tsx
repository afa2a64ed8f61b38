import { useEffect, useState, type FormEvent } from 'react';
import { updateQuery, Link, to, type PageProps } from '../router';
import { useApi } from '../api/use-api';
import { qs } from '../api/client';
import type { FlowsResult } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Async } from '../components/status-views';
import { FlowSankey } from '../charts/flow-sankey';
import { kindLabel } from '../components/kind-label';

export default function FlowsPage({ route }: PageProps) {
  const { t } = useI18n();
  const filters = {
    since: route.query.get('since') ?? '',
    until: route.query.get('until') ?? '',
    sector: route.query.get('sector') ?? '',
    relation: route.query.get('relation') ?? '',
    by: route.query.get('by') === 'kind' ? 'kind' : 'org',
    top: route.query.get('top') ?? '40',
  } as const;
  const flows = useApi<FlowsResult>(`/flows${qs(filters)}`);

  return (
    <section className="page">
      <h1>{t('flows.title')}</h1>
      <FlowFilters filters={filters} />
      <div className="panel">
        <Async state={flows}>
          {(data) => (
            <>
              <FlowSankey flows={data.flows} by={data.by} label="flows-sankey" height={480} />
              {data.flows.length > 0 ? (
                <table className="table compact flows-table">
                  <thead>
                    <tr><th>{t('flows.from')}</th><th>{t('flows.to')}</th><th className="num">{t('flows.count')}</th></tr>
                  </thead>
                  <tbody>
                    {data.flows.map((flow, i) => (
                      <tr key={i}>
                        <td>{data.by === 'kind' ? kindLabel(t, flow.from.kind) : flow.from.id !== null ? <Link href={to('org', flow.from.name)}>{flow.from.name}</Link> : t('common.unnamedOrg')}</td>
                        <td>{data.by === 'kind' ? kindLabel(t, flow.to.kind) : flow.to.id !== null ? <Link href={to('org', flow.to.name)}>{flow.to.name}</Link> : t('common.unnamedOrg')}</td>
                        <td className="num">{flow.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </>
          )}
        </Async>
      </div>
    </section>
  );
}

type Filters = { since: string; until: string; sector: string; relation: string; by: 'org' | 'kind'; top: string };

function FlowFilters({ filters }: { filters: Filters }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [JSON.stringify(filters)]);
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    updateQuery({ ...draft, by: draft.by === 'org' ? null : draft.by, top: draft.top === '40' ? null : draft.top });
  };
  return (
    <form className="filters panel" onSubmit={submit}>
      <label>{t('filter.since')}<input name="since" value={draft.since} onChange={set('since')} placeholder="2024-01" size={10} pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
      <label>{t('filter.until')}<input name="until" value={draft.until} onChange={set('until')} placeholder="2025-12" size={10} pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
      <label>{t('filter.sector')}<input name="sector" value={draft.sector} onChange={set('sector')} placeholder={t('filter.sectorHint')} size={12} /></label>
      <label>
        {t('filter.relation')}
        <select name="relation" value={draft.relation} onChange={set('relation')}>
          <option value="">{t('filter.any')}</option>
          <option value="joined">{t('relation.joined')}</option>
          <option value="founded">{t('relation.founded')}</option>
        </select>
      </label>
      <label>
        {t('filter.by')}
        <select name="by" value={draft.by} onChange={set('by')}>
          <option value="org">{t('filter.byOrg')}</option>
          <option value="kind">{t('filter.byKind')}</option>
        </select>
      </label>
      <label>{t('filter.top')}<input name="top" type="number" min={1} max={200} value={draft.top} onChange={set('top')} size={4} /></label>
      <button type="submit">{t('filter.apply')}</button>
    </form>
  );
}
