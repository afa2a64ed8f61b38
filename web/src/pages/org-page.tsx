import { useMemo } from 'react';
import { updateQuery, type PageProps } from '../router';
import { useApi } from '../api/use-api';
import { qs } from '../api/client';
import type { Alumnus, AlumniPage, Founder, OrgActivity, OrgDetail, OrgNetwork, OrgRef, Page, SectorCounts } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Async, Empty } from '../components/status-views';
import { DateText, OrgLink, PersonLink } from '../components/refs';
import { KindLabel, RelationBadge, StatusBadge } from '../components/badges';
import { Pager } from '../components/pager';
import { ActivityChart } from '../charts/activity-chart';
import { EgoNetwork } from '../charts/ego-network';

const ALUMNI_PAGE = 50;

export default function OrgPage({ route }: PageProps) {
  const { t } = useI18n();
  const name = route.param;
  const base = `/orgs/${encodeURIComponent(name)}`;
  const period = route.query.get('period') === 'month' ? 'month' : 'quarter';
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const detail = useApi<OrgDetail>(base);
  const activity = useApi<OrgActivity>(`${base}/activity${qs({ period })}`);
  const alumni = useApi<AlumniPage>(`${base}/alumni${qs({ limit: ALUMNI_PAGE, offset })}`);
  const network = useApi<OrgNetwork>(`${base}/network${qs({ limit: 60 })}`);
  const founders = useApi<Page<Founder>>(`${base}/founders${qs({ limit: 100 })}`);
  const sectors = useApi<SectorCounts>(`${base}/sectors`);

  return (
    <section className="page">
      <Async state={detail}>
        {(org) => (
          <header className="entity-head">
            <div>
              <h1>{org.name} <KindLabel kind={org.kind} /></h1>
              <div className="meta-line">
                {org.sector ? <span>{t('org.sector')}: {org.sector}</span> : null}
                {org.parent ? <span>{t('org.parent')}: <OrgLink org={org.parent} /></span> : null}
                {org.aliases.length > 0 ? <span>{t('org.aliases')}: {org.aliases.join(' · ')}</span> : null}
              </div>
            </div>
            <div className="mini-stats">
              <Stat label={t('col.departures')} value={org.counts.departures} />
              <Stat label={t('col.arrivals')} value={org.counts.arrivals} />
              <Stat label={t('org.alumni')} value={org.counts.alumni} />
              <Stat label={t('org.founders')} value={org.counts.founders} />
            </div>
          </header>
        )}
      </Async>

      <div className="panel">
        <div className="panel-head">
          <h2>{t('org.activity')}</h2>
          <div className="segmented" role="group">
            <button type="button" className={period === 'month' ? 'active' : ''} onClick={() => updateQuery({ period: 'month' })}>{t('org.byMonth')}</button>
            <button type="button" className={period === 'quarter' ? 'active' : ''} onClick={() => updateQuery({ period: null })}>{t('org.byQuarter')}</button>
          </div>
        </div>
        <Async state={activity}>
          {(data) => (
            <>
              {data.series.length === 0 ? <Empty>{t('org.noDatedMoves')}</Empty> : <ActivityChart activity={data} />}
              {data.undated.departures + data.undated.arrivals > 0 ? (
                <p className="muted small">{t('org.undated', { departures: data.undated.departures, arrivals: data.undated.arrivals })}</p>
              ) : null}
            </>
          )}
        </Async>
      </div>

      <Async state={alumni}>
        {(page) => (
          <>
            <AlumniSummary alumni={page.items} founders={founders.data?.items ?? []} sectors={sectors.data?.sectors ?? []} />
            <div className="panel" id="alumni">
              <h2>{t('org.alumniTitle', { name })} <span className="count">{page.total}</span></h2>
              {page.items.length === 0 ? <Empty>{t('org.noAlumni')}</Empty> : <AlumniTable alumni={page.items} />}
              <Pager total={page.total} limit={page.limit} offset={page.offset} onChange={(next) => updateQuery({ offset: next || null })} />
            </div>
          </>
        )}
      </Async>

      <div className="grid-2">
        <div className="panel">
          <h2>{t('org.network')}</h2>
          <Async state={network}>{(data) => <EgoNetwork network={data} />}</Async>
        </div>
        <div className="panel">
          <h2>{t('org.units')}</h2>
          <Async state={detail}>
            {(org) =>
              org.units.length === 0 && org.children.length === 0 ? (
                <Empty>{t('org.noUnits')}</Empty>
              ) : (
                <>
                  {org.children.length > 0 ? (
                    <>
                      <h3>{t('org.subsidiaries')}</h3>
                      <ul className="chips">{org.children.map((child) => <li key={child.id}><OrgLink org={child} /></li>)}</ul>
                    </>
                  ) : null}
                  {org.units.length > 0 ? (
                    <table className="table compact">
                      <thead><tr><th>{t('org.unit')}</th><th className="num">{t('org.unitFacts')}</th></tr></thead>
                      <tbody>{org.units.map((unit) => <tr key={unit.name}><td>{unit.name}</td><td className="num">{unit.facts}</td></tr>)}</tbody>
                    </table>
                  ) : null}
                </>
              )
            }
          </Async>
        </div>
      </div>
    </section>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="mini-stat">
      <div className="stat-value">{value}</div>
      <div className="stat-label">{label}</div>
    </div>
  );
}

/** The 字节帮 view: where the alumni went, what they founded, and in which sectors. */
function AlumniSummary({ alumni, founders, sectors }: { alumni: Alumnus[]; founders: Founder[]; sectors: SectorCounts['sectors'] }) {
  const { t } = useI18n();
  const destinations = useMemo(() => countDestinations(alumni), [alumni]);
  const founded = useMemo(() => groupFounders(founders), [founders]);
  if (alumni.length === 0) return null;
  return (
    <div className="grid-3">
      <div className="panel">
        <h3>{t('org.wentTo')}</h3>
        {destinations.length === 0 ? <Empty>{t('common.none')}</Empty> : (
          <ol className="ranked">
            {destinations.slice(0, 12).map((d) => <li key={d.org.id}><OrgLink org={d.org} /><span className="count">{d.count}</span></li>)}
          </ol>
        )}
      </div>
      <div className="panel">
        <h3>{t('org.foundedByAlumni')}</h3>
        {founded.length === 0 ? <Empty>{t('common.none')}</Empty> : (
          <ul className="founded-list">
            {founded.map((f, i) => (
              <li key={i}>
                <OrgLink org={f.org} /> {f.sector ? <span className="tag">{f.sector}</span> : null}
                <span className="muted"> — {f.founders.map((p) => p.name).join('、')}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="panel">
        <h3>{t('org.sectors')}</h3>
        {sectors.length === 0 ? <Empty>{t('common.none')}</Empty> : (
          <ul className="chips">{sectors.map((s) => <li key={s.sector}><span className="tag">{s.sector}</span> ×{s.founded}</li>)}</ul>
        )}
      </div>
    </div>
  );
}

function AlumniTable({ alumni }: { alumni: Alumnus[] }) {
  const { t } = useI18n();
  return (
    <table className="table alumni-table">
      <thead>
        <tr>
          <th>{t('col.person')}</th>
          <th>{t('org.leftWhen')}</th>
          <th>{t('org.unitRole')}</th>
          <th>{t('org.wentTo')}</th>
          <th>{t('org.founded')}</th>
        </tr>
      </thead>
      <tbody>
        {alumni.map((a) => (
          <tr key={`${a.person.id}:${a.left.id}`} data-person-id={a.person.id}>
            <td><PersonLink person={a.person} /></td>
            <td><DateText date={a.left.date} /> <StatusBadge status={a.left.status} /></td>
            <td>{[a.left.unit, a.left.role].filter(Boolean).join(' · ') || <span className="muted">—</span>}</td>
            <td>
              {a.wentTo.length === 0 ? <span className="muted">—</span> : a.wentTo.map((w, i) => (
                <div key={i}><RelationBadge relation={w.relation} /> <OrgLink org={w.org} /> {w.date ? <span className="muted small">{w.date}</span> : null}</div>
              ))}
            </td>
            <td>
              {a.founded.length === 0 ? <span className="muted">—</span> : a.founded.map((f, i) => (
                <div key={i}><OrgLink org={f.org} /> {f.sector ? <span className="tag">{f.sector}</span> : null}</div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where the listed alumni went next, most common first (each person counted once per organisation). */
function countDestinations(alumni: Alumnus[]): Array<{ org: OrgRef; count: number }> {
  const destinations = new Map<number, { org: OrgRef; count: number }>();
  for (const a of alumni) {
    const seen = new Set<number>();
    for (const w of a.wentTo) {
      if (!w.org || seen.has(w.org.id)) continue;
      seen.add(w.org.id);
      const entry = destinations.get(w.org.id) ?? { org: w.org, count: 0 };
      entry.count++;
      destinations.set(w.org.id, entry);
    }
  }
  return [...destinations.values()].sort((a, b) => b.count - a.count);
}

/** One line per founded company, with all its founders among the alumni. */
function groupFounders(founders: Founder[]): Array<{ org: OrgRef | null; sector: string | null; founders: Array<{ id: number; name: string }> }> {
  const byCompany = new Map<string, { org: OrgRef | null; sector: string | null; founders: Array<{ id: number; name: string }> }>();
  for (const f of founders) {
    const key = f.org ? `org:${f.org.id}` : `claim:${f.claimId}`;
    const entry = byCompany.get(key) ?? { org: f.org, sector: f.sector, founders: [] };
    if (!entry.founders.some((p) => p.id === f.person.id)) entry.founders.push(f.person);
    entry.sector ??= f.sector;
    byCompany.set(key, entry);
  }
  return [...byCompany.values()];
}
