import { useState } from 'react';
import type { PageProps } from '../router';
import { Link, to } from '../router';
import { useApi } from '../api/use-api';
import type { DocumentView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Async, Empty } from '../components/status-views';
import { HighlightedText } from '../components/highlighted-text';
import { FactCard } from '../components/fact-card';

export default function ArticlePage({ route }: PageProps) {
  const { t } = useI18n();
  const article = useApi<DocumentView>(`/articles/${encodeURIComponent(route.param)}`);
  const [active, setActive] = useState<number | null>(null);

  const select = (id: number) => {
    setActive(id);
    document.querySelector(`mark[data-fact-ids~="${id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const reveal = (id: number) => {
    setActive(id);
    document.querySelector(`.fact-card[data-fact-id="${id}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  return (
    <section className="page">
      <Async state={article}>
        {(doc) => {
          const spans = doc.facts
            .filter((f) => f.evidenceStart !== null && f.evidenceEnd !== null)
            .map((f) => ({ id: f.id, start: f.evidenceStart!, end: f.evidenceEnd! }));
          return (
            <>
              <header className="entity-head">
                <div>
                  <h1 className="article-title">{doc.title || doc.docKey}</h1>
                  <div className="meta-line">
                    {doc.published ? <span>{t('article.published')}: {doc.published}</span> : null}
                    <span>{t('article.source')}: {doc.url && /^https?:\/\//i.test(doc.url) ? <a href={doc.url} target="_blank" rel="noopener noreferrer nofollow">{doc.url}</a> : doc.source}</span>
                    {doc.nearDuplicateOf !== null ? <span>{t('article.reprintOf')} <Link href={to('article', doc.nearDuplicateOf)}>#{doc.nearDuplicateOf}</Link></span> : null}
                  </div>
                </div>
              </header>
              <div className="article-layout">
                <div className="panel article-panel">
                  <HighlightedText text={doc.text} spans={spans} activeId={active} onSpanClick={reveal} />
                </div>
                <aside className="panel facts-panel">
                  <h2>{t('article.facts')} <span className="count">{doc.facts.length}</span></h2>
                  {doc.facts.length === 0 ? <Empty>{t('article.noFacts')}</Empty> : doc.facts.map((fact) => (
                    <FactCard key={fact.id} fact={fact} active={fact.id === active} onSelect={() => select(fact.id)} />
                  ))}
                </aside>
              </div>
            </>
          );
        }}
      </Async>
    </section>
  );
}
