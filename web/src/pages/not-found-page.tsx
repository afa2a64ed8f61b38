import { Link } from '../router';
import { useI18n } from '../i18n/i18n';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('error.pageNotFound')}</h1>
      <p><Link href="/">{t('nav.overview')}</Link></p>
    </section>
  );
}
