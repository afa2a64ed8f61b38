import { useState, type FormEvent } from 'react';
import { Link, to, type PageProps } from '../router';
import { api, ApiError } from '../api/client';
import type { AddArticleResult } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Empty, ErrorBox } from '../components/status-views';
import { FactCard } from '../components/fact-card';
import { TokenForm } from '../components/token-form';

export default function AddArticlePage(_props: PageProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'text' | 'url'>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<AddArticleResult | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    const body = mode === 'text' ? { text, title: title || undefined, published: published || undefined } : { url, published: published || undefined };
    try {
      setResult(await api<AddArticleResult>('/articles', { method: 'POST', body }));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'client', String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page">
      <h1>{t('add.title')}</h1>
      <p className="muted">{t('add.explain')}</p>
      <div className="add-layout">
        <form className="panel add-form" onSubmit={(e) => void submit(e)}>
          <div className="segmented" role="group">
            <button type="button" className={mode === 'text' ? 'active' : ''} onClick={() => setMode('text')}>{t('add.pasteText')}</button>
            <button type="button" className={mode === 'url' ? 'active' : ''} onClick={() => setMode('url')}>{t('add.fromUrl')}</button>
          </div>
          {mode === 'text' ? (
            <>
              <label>{t('add.articleTitle')}<input name="title" value={title} onChange={(e) => setTitle(e.target.value)} /></label>
              <label>{t('add.text')}<textarea name="text" value={text} onChange={(e) => setText(e.target.value)} rows={14} required placeholder={t('add.textPlaceholder')} /></label>
            </>
          ) : (
            <label>URL<input name="url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://" /></label>
          )}
          <label>
            {t('add.published')}
            <input name="published" value={published} onChange={(e) => setPublished(e.target.value)} placeholder="2025-03-19" pattern="\d{4}(-\d{2}(-\d{2})?)?" required={mode === 'text'} />
          </label>
          <button type="submit" className="primary" disabled={busy}>{busy ? t('add.working') : t('add.submit')}</button>
        </form>
        <div className="panel add-result">
          <h2>{t('add.facts')}</h2>
          {error?.status === 401 ? <TokenForm onSaved={() => setError(null)} /> : error ? <ErrorBox error={error} /> : null}
          {result ? (
            <>
              <p>
                {result.duplicate ? t('add.duplicate') : t('add.stored')}{' '}
                <Link href={to('article', result.document.id)} className="article-link">{result.document.title || result.document.docKey}</Link>
              </p>
              {result.facts.length === 0 ? <Empty>{t('article.noFacts')}</Empty> : result.facts.map((fact) => <FactCard key={fact.id} fact={fact} />)}
            </>
          ) : !error ? <Empty>{t('add.nothingYet')}</Empty> : null}
        </div>
      </div>
    </section>
  );
}
