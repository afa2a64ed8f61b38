import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return <div className="loading" role="status">{t('common.loading')}</div>;
}

export function ErrorBox({ error }: { error: ApiError }) {
  const { t } = useI18n();
  const title = error.status === 404 ? t('error.notFound') : error.status === 401 ? t('error.unauthorized') : t('error.generic');
  return (
    <div className="error-box" role="alert">
      <strong>{title}</strong>
      <div>{error.message}</div>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}

/** Loading, error or content, for one API state. */
export function Async<T>({ state, children }: { state: { data: T | null; error: ApiError | null; loading: boolean }; children(data: T): ReactNode }) {
  if (state.error) return <ErrorBox error={state.error} />;
  if (state.data === null) return <Loading />;
  return <>{children(state.data)}</>;
}
