import { Link, to } from '../router';
import type { OrgRef, PersonRef, SourceRef } from '../api/types';
import { useI18n } from '../i18n/i18n';

export function OrgLink({ org }: { org: OrgRef | null | undefined }) {
  const { t } = useI18n();
  if (!org) return <span className="muted">{t('common.unnamedOrg')}</span>;
  return <Link href={to('org', org.name)} className="org-link">{org.name}</Link>;
}

export function PersonLink({ person }: { person: PersonRef }) {
  return <Link href={to('person', person.id)} className="person-link">{person.name}</Link>;
}

/** A source: the stored article (its highlighted text) and, when known, the original page. */
export function SourceLink({ source }: { source: SourceRef }) {
  const { t } = useI18n();
  return (
    <span className="source">
      <Link href={to('article', source.docId)}>{source.title || t('common.article', { id: source.docId })}</Link>
      {source.published ? <span className="muted"> · {source.published}</span> : null}
      {source.url && /^https?:\/\//i.test(source.url) ? (
        <>
          {' '}
          <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" className="external" title={source.url}>↗</a>
        </>
      ) : null}
    </span>
  );
}

export function DateText({ date }: { date: string | null }) {
  const { t } = useI18n();
  return date ? <span className="date">{date}</span> : <span className="muted">{t('common.noDate')}</span>;
}
