import { useState, type FormEvent } from 'react';
import { saveToken } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** Asks for the API token when a write was refused (the server listens beyond loopback). */
export function TokenForm({ onSaved }: { onSaved(): void }) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    saveToken(token.trim());
    onSaved();
  };
  return (
    <form className="token-form notice" onSubmit={submit}>
      <div>{t('token.explain')}</div>
      <input type="password" value={token} onChange={(e) => setToken(e.target.value)} placeholder="TALENTFLOW_TOKEN" autoComplete="off" />
      <button type="submit">{t('token.save')}</button>
    </form>
  );
}
