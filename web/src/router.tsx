import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/** The pages of the dashboard; each has its own path, so every view is a shareable link. */
export type PageName = 'overview' | 'org' | 'person' | 'flows' | 'article' | 'review' | 'search' | 'add' | 'not-found';

export interface Route {
  page: PageName;
  /** The path parameter: organisation name, person id or article id. */
  param: string;
  query: URLSearchParams;
}

const PATTERNS: Array<[RegExp, PageName]> = [
  [/^\/$/, 'overview'],
  [/^\/org\/(.+)$/, 'org'],
  [/^\/person\/(.+)$/, 'person'],
  [/^\/flows$/, 'flows'],
  [/^\/article\/(.+)$/, 'article'],
  [/^\/review$/, 'review'],
  [/^\/search$/, 'search'],
  [/^\/add$/, 'add'],
];

/** Reads a location (path and query) into the page it shows. */
export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  for (const [pattern, page] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return { page, param: match[1] ? safeDecode(match[1]) : '', query: new URLSearchParams(search) };
  }
  return { page: 'not-found', param: '', query: new URLSearchParams(search) };
}

/** A link target: `to('org', '字节跳动', {tab: 'alumni'})` → `/org/%E5%AD%97...?tab=alumni`. */
export function to(page: Exclude<PageName, 'not-found'>, param?: string | number, query?: Record<string, string | number | undefined | null>): string {
  const base = page === 'overview' ? '/' : `/${page}${param === undefined ? '' : `/${encodeURIComponent(String(param))}`}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

export function navigate(target: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  window.dispatchEvent(new Event('talentflow:navigate'));
  if (!options.replace) window.scrollTo(0, 0);
}

/** Changes some query parameters of the current page (filters, tabs) without a new history entry. */
export function updateQuery(changes: Record<string, string | number | undefined | null>): void {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  const qs = params.toString();
  navigate(`${location.pathname}${qs ? `?${qs}` : ''}`, { replace: true });
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname, location.search));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname, location.search));
    window.addEventListener('popstate', update);
    window.addEventListener('talentflow:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('talentflow:navigate', update);
    };
  }, []);
  return route;
}

/** An in-app link: a real <a href> (shareable, opens in a new tab) that navigates without reloading. */
export function Link({ href, children, className, title }: { href: string; children: ReactNode; className?: string; title?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} className={className} title={title}>
      {children}
    </a>
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** What every page component receives. */
export interface PageProps {
  route: Route;
}
