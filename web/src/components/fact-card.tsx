import type { FactView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link, to } from '../router';
import { RelationBadge, ReviewBadge, StatusBadge } from './badges';
import { DateText } from './refs';

/** One extracted fact: who, relation, organisation (and unit, role, date), status and review state. */
export function FactCard({ fact, active, onSelect }: { fact: FactView; active?: boolean; onSelect?(): void }) {
  const { t } = useI18n();
  return (
    <div className={active ? 'fact-card active' : 'fact-card'} data-fact-id={fact.id} onClick={onSelect}>
      <div className="fact-line">
        {fact.personId !== null ? <Link href={to('person', fact.personId)} className="person-link">{fact.person}</Link> : <strong>{fact.person}</strong>}{' '}
        <RelationBadge relation={fact.relation} />{' '}
        {fact.org ? <Link href={to('org', fact.org)} className="org-link">{fact.org}</Link> : <span className="muted">{t('common.unnamedOrg')}</span>}
        {fact.unit ? <span className="unit"> · {fact.unit}</span> : null}
      </div>
      <div className="fact-meta">
        {fact.role ? <span>{fact.role}</span> : null}
        <DateText date={fact.date} />
        <StatusBadge status={fact.status} />
        {fact.sector ? <span className="tag">{fact.sector}</span> : null}
        {fact.confidence !== null ? <span className="muted small">{t('fact.confidence', { value: fact.confidence.toFixed(2) })}</span> : null}
        <ReviewBadge state={fact.reviewState} />
      </div>
    </div>
  );
}
