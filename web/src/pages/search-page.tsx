import { useEffect, useState, type FormEvent } from 'react';
import { Link, navigate, to, updateQuery, type PageProps } from '../router';
import { useApi } from '../api/use-api';
import { qs } from '../api/client';
import type { SearchResults } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Async, Empty } from '../components/status-views';
import { KindLabel } from '../components/badges';
import { Pager } from '../components/pager';
import { highlightSegments } from '../components/highlight-segments';

const LIMIT = 20;

export default function SearchPage({ route }: PageProps) {
  const { t } = useI18n();
  const q = route.query.get('q') ?? '';
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const results = useApi<SearchResults>(q ? `/search${qs({ q, limit: LIMIT, offset })}` : null);
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) navigate(to('search', undefined, { q: draft.trim() }));
  };

  return (
    <section className="page">
      <h1>{t('search.title')}</h1>
      <form className="search-form" onSubmit={submit} role="search">
        <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t('search.placeholder')} autoFocus name="q" />
        <button type="submit">{t('nav.search')}</button>
      </form>
      {!q ? <Empty>{t('search.hint')}</Empty> : (
        <Async state={results}>
          {(data) => (
            <div className="search-results">
              <div className="grid-2">
                <div className="panel">
                  <h2>{t('search.people')} <span className="count">{data.people.total}</span></h2>
                  {data.people.items.length === 0 ? <Empty>{t('common.none')}</Empty> : (
                    <ul className="result-list">{data.people.items.map((p) => <li key={p.id}><Link href={to('person', p.id)}>{p.name}</Link></li>)}</ul>
                  )}
                </div>
                <div className="panel">
                  <h2>{t('search.orgs')} <span className="count">{data.orgs.total}</span></h2>
                  {data.orgs.items.length === 0 ? <Empty>{t('common.none')}</Empty> : (
                    <ul className="result-list">{data.orgs.items.map((o) => <li key={o.id}><Link href={to('org', o.name)}>{o.name}</Link> <KindLabel kind={o.kind} /></li>)}</ul>
                  )}
                </div>
              </div>
              <div className="panel">
                <h2>{t('search.articles')} <span className="count">{data.documents.total}</span></h2>
                {data.documents.items.length === 0 ? <Empty>{t('common.none')}</Empty> : (
                  <ul className="result-list articles">
                    {data.documents.items.map((d) => (
                      <li key={d.id}>
                        <Link href={to('article', d.id)}>{d.title || d.docKey}</Link>
                        {d.published ? <span className="muted small"> · {d.published}</span> : null}
                        <div className="snippet"><QueryMarks text={d.snippet} query={q} /></div>
                      </li>
                    ))}
                  </ul>
                )}
                <Pager total={Math.max(data.documents.total, data.people.total, data.orgs.total)} limit={LIMIT} offset={offset} onChange={(next) => updateQuery({ offset: next || null })} />
              </div>
            </div>
          )}
        </Async>
      )}
    </section>
  );
}

/** The snippet with each occurrence of the query marked (as text: snippets come from articles). */
function QueryMarks({ text, query }: { text: string; query: string }) {
  const spans: Array<{ id: number; start: number; end: number }> = [];
  const needle = query.trim().toLowerCase();
  const haystack = text.toLowerCase();
  for (let at = needle ? haystack.indexOf(needle) : -1; at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    spans.push({ id: spans.length, start: at, end: at + needle.length });
  }
  return (
    <>
      {highlightSegments(text, spans).map((s) => (s.ids.length ? <mark key={s.start}>{s.text}</mark> : <span key={s.start}>{s.text}</span>))}
    </>
  );
}
