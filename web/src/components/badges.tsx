import { useI18n, type MessageKey } from '../i18n/i18n';
import type { FactStatus, Relation, ReviewState } from '../api/types';

export function RelationBadge({ relation }: { relation: Relation | string }) {
  const { t } = useI18n();
  return <span className={`badge rel-${relation}`}>{t(`relation.${relation}` as MessageKey)}</span>;
}

export function StatusBadge({ status }: { status: FactStatus }) {
  const { t } = useI18n();
  return <span className={`badge status-${status}`}>{t(`status.${status}` as MessageKey)}</span>;
}

export function ReviewBadge({ state }: { state: ReviewState }) {
  const { t } = useI18n();
  return <span className={`badge review-${state}`}>{t(`review.state.${state}` as MessageKey)}</span>;
}

export function KindLabel({ kind }: { kind: string | null | undefined }) {
  const { t } = useI18n();
  if (!kind) return null;
  const key = `kind.${kind}` as MessageKey;
  const label = t(key);
  return <span className="kind">{label === key ? kind : label}</span>;
}
