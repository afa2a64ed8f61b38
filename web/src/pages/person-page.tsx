import type { PageProps } from '../router';
import { useApi } from '../api/use-api';
import type { ClaimView, Conflict, PersonTimeline, SourceRef } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Async, Empty } from '../components/status-views';
import { DateText, OrgLink, PersonLink, SourceLink } from '../components/refs';
import { RelationBadge, ReviewBadge, StatusBadge } from '../components/badges';

export default function PersonPage({ route }: PageProps) {
  const { t } = useI18n();
  const person = useApi<PersonTimeline>(`/people/${encodeURIComponent(route.param)}`);
  return (
    <section className="page">
      <Async state={person}>
        {(data) => (
          <>
            <header className="entity-head">
              <div>
                <h1>{data.person.name}</h1>
                <div className="meta-line">
                  {data.aliases.length > 0 ? <span>{t('person.aliases')}: {data.aliases.join(' · ')}</span> : null}
                  <span>{t('person.steps', { count: data.entries.length })}</span>
                </div>
                {data.homonyms.length > 0 ? (
                  <div className="notice">
                    {t('person.homonyms')}{' '}
                    {data.homonyms.map((h) => <PersonLink key={h.id} person={h} />)}
                  </div>
                ) : null}
              </div>
            </header>
            {data.moves.length > 0 ? (
              <div className="panel moves-summary">
                <h2>{t('person.moves')}</h2>
                <ul className="chips">
                  {data.moves.map((move) => (
                    <li key={move.id} className="move-chip">
                      <OrgLink org={move.from} /> <span className="arrow">→</span> <OrgLink org={move.to} />{' '}
                      {move.toRelation === 'founded' ? <RelationBadge relation="founded" /> : null}
                      <span className="muted small"> {move.date ?? t('common.noDate')}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {data.entries.length === 0 ? (
              <Empty>{t('person.noFacts')}</Empty>
            ) : (
              <ol className="timeline">
                {data.entries.map((entry) => <TimelineStep key={entry.id} entry={entry} />)}
              </ol>
            )}
          </>
        )}
      </Async>
    </section>
  );
}

function TimelineStep({ entry }: { entry: ClaimView }) {
  const { t } = useI18n();
  return (
    <li className={`timeline-step rel-${entry.relation}`} data-claim-id={entry.id}>
      <div className="timeline-date"><DateText date={entry.date} /></div>
      <div className="timeline-body">
        <div className="step-head">
          <RelationBadge relation={entry.relation} /> <OrgLink org={entry.org} />
          {entry.unit ? <span className="unit"> · {entry.unit}</span> : null}
          {entry.role ? <span className="role"> · {entry.role}</span> : null}
          {entry.sector ? <span className="tag">{entry.sector}</span> : null}
          <StatusBadge status={entry.status} />
          <span className="muted small">{t('person.sources', { count: entry.sourceCount })}</span>
        </div>
        {entry.conflicts.length > 0 ? <ConflictTable conflicts={entry.conflicts} sources={entry.sources} /> : null}
        <ul className="evidence-list">
          {entry.sources.map((source) => (
            <li key={source.factId} className={source.independent ? '' : 'reprint'}>
              <blockquote className="evidence">{source.evidence}</blockquote>
              <div className="evidence-meta">
                <SourceLink source={{ ...source }} />
                {source.date ? <span className="muted small"> · {t('col.date')}: {source.date}</span> : null}
                {source.role ? <span className="muted small"> · {t('col.role')}: {source.role}</span> : null}
                {' '}<StatusBadge status={source.status} />
                {source.reviewState !== 'pending' ? <ReviewBadge state={source.reviewState} /> : null}
                {!source.independent ? <span className="muted small"> · {t('person.reprint')}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}

/** Conflicting dates or roles side by side, each value with the sources that state it. */
function ConflictTable({ conflicts, sources }: { conflicts: Conflict[]; sources: SourceRef[] }) {
  const { t } = useI18n();
  const byFact = new Map(sources.map((s) => [s.factId, s]));
  return (
    <div className="conflicts" role="note">
      <div className="conflict-title">⚠ {t('person.conflict')}</div>
      {conflicts.map((conflict) => (
        <div className="conflict" key={conflict.field}>
          <div className="conflict-field">{t(conflict.field === 'date' ? 'col.date' : 'col.role')}</div>
          <div className="conflict-values">
            {conflict.values.map((value) => (
              <div className="conflict-value" key={value.value}>
                <div className="value">{value.value}</div>
                {value.factIds.map((id) => {
                  const source = byFact.get(id);
                  return source ? <div key={id} className="small"><SourceLink source={source} /></div> : null;
                })}
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
