import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { Link, navigate, to, useRoute, type PageName } from './router';
import { useI18n, type MessageKey } from './i18n/i18n';
import { Loading } from './components/status-views';

// Each page is its own chunk: the first load fetches only the shell and the page it opens.
const PAGES: Record<PageName, ReturnType<typeof lazy>> = {
  overview: lazy(() => import('./pages/overview-page')),
  org: lazy(() => import('./pages/org-page')),
  person: lazy(() => import('./pages/person-page')),
  flows: lazy(() => import('./pages/flows-page')),
  article: lazy(() => import('./pages/article-page')),
  review: lazy(() => import('./pages/review-page')),
  search: lazy(() => import('./pages/search-page')),
  add: lazy(() => import('./pages/add-article-page')),
  'not-found': lazy(() => import('./pages/not-found-page')),
};

const NAV: Array<{ page: Exclude<PageName, 'not-found' | 'org' | 'person' | 'article'>; label: MessageKey }> = [
  { page: 'overview', label: 'nav.overview' },
  { page: 'flows', label: 'nav.flows' },
  { page: 'review', label: 'nav.review' },
  { page: 'search', label: 'nav.search' },
  { page: 'add', label: 'nav.add' },
];

export function App() {
  const route = useRoute();
  const { t, lang, setLang } = useI18n();
  const Page = PAGES[route.page];

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          <span className="brand-dot" aria-hidden="true" />
          Talentflow
          <span className="brand-sub">{t('app.tagline')}</span>
        </Link>
        <nav className="nav" aria-label={t('nav.label')}>
          {NAV.map((item) => (
            <Link key={item.page} href={to(item.page)} className={route.page === item.page ? 'nav-item active' : 'nav-item'}>
              {t(item.label)}
            </Link>
          ))}
        </nav>
        <QuickSearch initial={route.page === 'search' ? (route.query.get('q') ?? '') : ''} />
        <div className="lang-switch" role="group" aria-label={t('lang.label')}>
          <button type="button" className={lang === 'zh' ? 'active' : ''} aria-pressed={lang === 'zh'} onClick={() => setLang('zh')} data-lang="zh">中文</button>
          <button type="button" className={lang === 'en' ? 'active' : ''} aria-pressed={lang === 'en'} onClick={() => setLang('en')} data-lang="en">English</button>
        </div>
      </header>
      <main className="content">
        <Suspense fallback={<Loading />}>
          <Page key={`${route.page}:${route.param}`} route={route} />
        </Suspense>
      </main>
      <footer className="footer">
        <span>{t('app.footer')}</span>
        <a href="/api/docs" target="_blank" rel="noopener">{t('app.apiDocs')}</a>
      </footer>
    </div>
  );
}

function QuickSearch({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [query, setQuery] = useState(initial);
  useEffect(() => setQuery(initial), [initial]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) navigate(to('search', undefined, { q: query.trim() }));
  };
  return (
    <form className="quick-search" role="search" onSubmit={submit}>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('search.placeholder')} aria-label={t('nav.search')} />
    </form>
  );
}
