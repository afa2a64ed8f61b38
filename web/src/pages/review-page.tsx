import { useState, type FormEvent } from 'react';
import { updateQuery, Link, to, type PageProps } from '../router';
import { useApi } from '../api/use-api';
import { api, ApiError, qs } from '../api/client';
import type { Correction, Page, Relation, ReviewItem as QueueItem } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Async, Empty, ErrorBox } from '../components/status-views';
import { FactCard } from '../components/fact-card';
import { highlightSegments } from '../components/highlight-segments';
import { EntityPicker, type Picked } from '../components/entity-picker';
import { TokenForm } from '../components/token-form';
import { Pager } from '../components/pager';

const RELATIONS: Relation[] = ['joined', 'left', 'founded', 'stepped_down'];

export default function ReviewPage({ route }: PageProps) {
  const { t } = useI18n();
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const queue = useApi<Page<QueueItem>>(`/review${qs({ limit: 20, offset })}`);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  /** Sends one write; a refused token shows the token form, anything else the error. */
  const write = async (path: string, body: unknown, message: string) => {
    setError(null);
    setDone(null);
    try {
      await api(path, { method: 'POST', body });
      setDone(message);
      queue.reload();
      return true;
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'client', String(err)));
      return false;
    }
  };

  return (
    <section className="page">
      <h1>{t('review.title')}</h1>
      <p className="muted">{t('review.explain')}</p>
      {error?.status === 401 ? <TokenForm onSaved={() => setError(null)} /> : error ? <ErrorBox error={error} /> : null}
      {done ? <div className="done" role="status">{done}</div> : null}
      <div className="review-layout">
        <div>
          <Async state={queue}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty>{t('review.empty')}</Empty>
              ) : (
                <>
                  <div className="muted small">{t('review.pending', { count: page.total })}</div>
                  {page.items.map((fact) => (
                    <ReviewItem
                      key={fact.id}
                      fact={fact}
                      onDecide={(action, correction) =>
                        write(`/review/facts/${encodeURIComponent(fact.factKey)}`, { action, ...(correction ? { correction } : {}) }, t(`review.done.${action}`, { person: fact.person }))
                      }
                    />
                  ))}
                  <Pager total={page.total} limit={page.limit} offset={page.offset} onChange={(next) => updateQuery({ offset: next || null })} />
                </>
              )
            }
          </Async>
        </div>
        <aside className="review-tools">
          <MergeForm kind="people" onSubmit={(keep, merge) => write('/review/merge-people', { from: merge.id, into: keep.id }, t('review.merged', { keep: keep.name, merge: merge.name }))} />
          <MergeForm kind="orgs" onSubmit={(keep, merge) => write('/review/merge-orgs', { from: merge.id, into: keep.id }, t('review.merged', { keep: keep.name, merge: merge.name }))} />
          <AliasForm onSubmit={(kind, target, alias) => write('/review/aliases', { target: kind, id: target.id, alias }, t('review.aliasAdded', { alias, name: target.name }))} />
        </aside>
      </div>
    </section>
  );
}

function ReviewItem({ fact, onDecide }: { fact: QueueItem; onDecide(action: 'accept' | 'reject' | 'correct', correction?: Correction): Promise<boolean> }) {
  const { t } = useI18n();
  const [correcting, setCorrecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const decide = async (action: 'accept' | 'reject' | 'correct', correction?: Correction) => {
    setBusy(true);
    const ok = await onDecide(action, correction);
    setBusy(false);
    if (ok) setCorrecting(false);
  };
  return (
    <article className="review-item panel" data-fact-id={fact.id}>
      <EvidenceWithNames fact={fact} />
      <div className="review-source small muted">
        {t('review.from')} <Link href={to('article', fact.docId)}>{fact.docTitle || fact.docKey}</Link>
        {fact.published ? <span> · {fact.published}</span> : null}
      </div>
      <FactCard fact={fact} />
      <div className="review-actions">
        <button type="button" className="accept" disabled={busy} onClick={() => void decide('accept')}>{t('review.accept')}</button>
        <button type="button" disabled={busy} onClick={() => setCorrecting(!correcting)}>{t('review.correct')}</button>
        <button type="button" className="reject" disabled={busy} onClick={() => void decide('reject')}>{t('review.reject')}</button>
      </div>
      {correcting ? <CorrectionForm fact={fact} busy={busy} onSubmit={(correction) => void decide('correct', correction)} /> : null}
    </article>
  );
}

/** The evidence sentence with the person and the organisation (or unit) marked where it names them. */
function EvidenceWithNames({ fact }: { fact: QueueItem }) {
  const spans = [fact.person, fact.org, fact.unit]
    .filter((name): name is string => !!name)
    .flatMap((name, index) => {
      const at = fact.evidence.indexOf(name);
      return at >= 0 ? [{ id: index, start: at, end: at + name.length }] : [];
    });
  return (
    <blockquote className="evidence">
      {highlightSegments(fact.evidence, spans).map((segment) =>
        segment.ids.length === 0 ? <span key={segment.start}>{segment.text}</span> : <mark key={segment.start} className={segment.ids[0] === 0 ? 'name-person' : 'name-org'}>{segment.text}</mark>,
      )}
    </blockquote>
  );
}

function CorrectionForm({ fact, busy, onSubmit }: { fact: QueueItem; busy: boolean; onSubmit(correction: Correction): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ person: fact.person, relation: fact.relation, org: fact.org ?? '', unit: fact.unit ?? '', date: fact.date ?? '', role: fact.role ?? '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const correction: Correction = {};
    if (draft.person !== fact.person) correction.person = draft.person;
    if (draft.relation !== fact.relation) correction.relation = draft.relation;
    if (draft.org !== (fact.org ?? '')) correction.org = draft.org;
    if (draft.unit !== (fact.unit ?? '')) correction.unit = draft.unit;
    if (draft.date !== (fact.date ?? '')) correction.date = draft.date;
    if (draft.role !== (fact.role ?? '')) correction.role = draft.role;
    onSubmit(correction);
  };
  const field = (key: 'person' | 'org' | 'unit' | 'date' | 'role', label: string, extra: object = {}) => (
    <label>
      {label}
      <input name={key} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} {...extra} />
    </label>
  );
  return (
    <form className="correction-form" onSubmit={submit}>
      {field('person', t('col.person'), { required: true })}
      <label>
        {t('col.relation')}
        <select name="relation" value={draft.relation} onChange={(e) => setDraft({ ...draft, relation: e.target.value as Relation })}>
          {RELATIONS.map((r) => <option key={r} value={r}>{t(`relation.${r}`)}</option>)}
        </select>
      </label>
      {field('org', t('col.org'))}
      {field('unit', t('col.unit'))}
      {field('date', t('col.date'), { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: 'YYYY-MM' })}
      {field('role', t('col.role'))}
      <button type="submit" disabled={busy}>{t('review.saveCorrection')}</button>
    </form>
  );
}

function MergeForm({ kind, onSubmit }: { kind: 'people' | 'orgs'; onSubmit(keep: Picked, merge: Picked): Promise<boolean> }) {
  const { t } = useI18n();
  const [keep, setKeep] = useState<Picked | null>(null);
  const [merge, setMerge] = useState<Picked | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!keep || !merge || keep.id === merge.id) return;
    if (await onSubmit(keep, merge)) {
      setKeep(null);
      setMerge(null);
    }
  };
  return (
    <form className="panel tool-form" onSubmit={(e) => void submit(e)}>
      <h3>{t(kind === 'people' ? 'review.mergePeople' : 'review.mergeOrgs')}</h3>
      <EntityPicker kind={kind} value={keep} onChange={setKeep} label={t('review.keep')} />
      <EntityPicker kind={kind} value={merge} onChange={setMerge} label={t('review.duplicate')} />
      <button type="submit" disabled={!keep || !merge || keep.id === merge.id}>{t('review.merge')}</button>
    </form>
  );
}

function AliasForm({ onSubmit }: { onSubmit(kind: 'person' | 'org', target: Picked, alias: string): Promise<boolean> }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'person' | 'org'>('org');
  const [target, setTarget] = useState<Picked | null>(null);
  const [alias, setAlias] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target || !alias.trim()) return;
    if (await onSubmit(kind, target, alias.trim())) {
      setTarget(null);
      setAlias('');
    }
  };
  return (
    <form className="panel tool-form" onSubmit={(e) => void submit(e)}>
      <h3>{t('review.addAlias')}</h3>
      <div className="segmented" role="group">
        <button type="button" className={kind === 'org' ? 'active' : ''} onClick={() => { setKind('org'); setTarget(null); }}>{t('col.org')}</button>
        <button type="button" className={kind === 'person' ? 'active' : ''} onClick={() => { setKind('person'); setTarget(null); }}>{t('col.person')}</button>
      </div>
      <EntityPicker kind={kind === 'org' ? 'orgs' : 'people'} value={target} onChange={setTarget} label={t(kind === 'org' ? 'col.org' : 'col.person')} />
      <label>
        {t('review.alias')}
        <input value={alias} onChange={(e) => setAlias(e.target.value)} placeholder={kind === 'org' ? 'ByteDance' : ''} />
      </label>
      <button type="submit" disabled={!target || !alias.trim()}>{t('review.add')}</button>
    </form>
  );
}
