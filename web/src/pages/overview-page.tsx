import type { PageProps } from '../router';
import { updateQuery } from '../router';
import { useApi } from '../api/use-api';
import { qs } from '../api/client';
import type { FlowsResult, MoveView, NetFlows, Overview, Page } from '../api/types';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { Async, Empty } from '../components/status-views';
import { OrgLink, PersonLink, SourceLink, DateText } from '../components/refs';
import { StatusBadge, RelationBadge } from '../components/badges';
import { Pager } from '../components/pager';
import { PeriodFilter } from '../components/period-filter';
import { FlowSankey } from '../charts/flow-sankey';

const COUNT_KEYS: Array<[keyof Overview, MessageKey]> = [
  ['documents', 'overview.count.documents'],
  ['facts', 'overview.count.facts'],
  ['people', 'overview.count.people'],
  ['orgs', 'overview.count.orgs'],
  ['moves', 'overview.count.moves'],
  ['conflicts', 'overview.count.conflicts'],
  ['pendingReview', 'overview.count.pendingReview'],
];

export default function OverviewPage({ route }: PageProps) {
  const { t } = useI18n();
  const since = route.query.get('since') ?? '';
  const until = route.query.get('until') ?? '';
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const overview = useApi<Overview>('/overview');
  const moves = useApi<Page<MoveView>>(`/moves${qs({ limit: 15, offset })}`);
  const net = useApi<NetFlows>(`/net-flows${qs({ limit: 8, since, until })}`);
  const flows = useApi<FlowsResult>(`/flows${qs({ top: 30, since, until })}`);

  return (
    <section className="page">
      <h1>{t('overview.title')}</h1>
      <Async state={overview}>
        {(data) => (
          <div className="stat-cards">
            {COUNT_KEYS.map(([key, label]) => (
              <div className="stat-card" key={key} data-count={key}>
                <div className="stat-value">{(data[key] as number).toLocaleString()}</div>
                <div className="stat-label">{t(label)}</div>
              </div>
            ))}
          </div>
        )}
      </Async>

      <div className="grid-2">
        <div className="panel">
          <h2>{t('overview.latestMoves')}</h2>
          <Async state={moves}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty>{t('overview.noMoves')}</Empty>
              ) : (
                <>
                  <table className="table moves-feed">
                    <thead>
                      <tr>
                        <th>{t('col.person')}</th>
                        <th>{t('col.move')}</th>
                        <th>{t('col.date')}</th>
                        <th>{t('col.status')}</th>
                        <th>{t('col.source')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {page.items.map((move) => (
                        <tr key={move.id}>
                          <td><PersonLink person={move.person} /></td>
                          <td className="move-cell">
                            <OrgLink org={move.from} /> <span className="arrow">→</span> <OrgLink org={move.to} />{' '}
                            {move.toRelation === 'founded' ? <RelationBadge relation="founded" /> : null}
                          </td>
                          <td><DateText date={move.date} /></td>
                          <td><StatusBadge status={move.status} /></td>
                          <td>{move.sources[0] ? <SourceLink source={move.sources[0]} /> : null}{move.sources.length > 1 ? <span className="muted"> +{move.sources.length - 1}</span> : null}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <Pager total={page.total} limit={page.limit} offset={page.offset} onChange={(next) => updateQuery({ offset: next || null })} />
                </>
              )
            }
          </Async>
        </div>

        <div className="panel">
          <h2>{t('overview.netFlow')}</h2>
          <Async state={net}>
            {(data) => (
              <div className="net-tables">
                <NetTable title={t('overview.exporters')} rows={data.exporters} />
                <NetTable title={t('overview.importers')} rows={data.importers} />
              </div>
            )}
          </Async>
        </div>
      </div>

      <div className="panel">
        <div className="panel-head">
          <h2>{t('overview.flows')}</h2>
          <PeriodFilter since={since} until={until} onApply={(s, u) => updateQuery({ since: s, until: u })} />
        </div>
        <Async state={flows}>{(data) => <FlowSankey flows={data.flows} by="org" label="overview-sankey" />}</Async>
      </div>
    </section>
  );
}

function NetTable({ title, rows }: { title: string; rows: NetFlows['exporters'] }) {
  const { t } = useI18n();
  return (
    <div>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <Empty>{t('common.none')}</Empty>
      ) : (
        <table className="table compact">
          <thead>
            <tr>
              <th>{t('col.org')}</th>
              <th className="num">{t('col.arrivals')}</th>
              <th className="num">{t('col.departures')}</th>
              <th className="num">{t('col.net')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.org.id}>
                <td><OrgLink org={row.org} /></td>
                <td className="num">{row.arrivals}</td>
                <td className="num">{row.departures}</td>
                <td className={row.net > 0 ? 'num positive' : row.net < 0 ? 'num negative' : 'num'}>{row.net > 0 ? `+${row.net}` : row.net}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
