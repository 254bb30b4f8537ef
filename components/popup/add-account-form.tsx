import { useId, useState } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { parseSecretOrUri } from '@/lib/otp/parse-input';
import type { ParsedOtpauth } from '@/lib/otp/types';
import { AdvancedFields, DEFAULT_ADVANCED, type Advanced } from './advanced-fields';
import { parseWebsites } from './format';
import { usePopupStore } from './popup-store';
import { QrSlot } from './qr-slot';
import { formSaved } from './row-actions';
import { asFailure } from '@/lib/messaging/result';
import { i18n } from '#i18n';

type Parsed = { ok: true; value: ParsedOtpauth; fromUri: boolean } | { ok: false; error: string };

function parse(input: string): Parsed {
  if (!input.trim()) return { ok: false, error: i18n.t('form.secretMissing') };
  try {
    return { ok: true, value: parseSecretOrUri(input), fromUri: /^[a-z][a-z0-9+.-]*:/i.test(input.trim()) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : i18n.t('form.secretInvalid') };
  }
}

/** Add an account from a pasted secret, an otpauth:// URI, a QR image, or fields typed by hand. */
export function AddAccountForm() {
  const id = useId();
  const { listShown } = usePopupStore.getState();
  const [secret, setSecret] = useState('');
  const [touched, setTouched] = useState(false);
  const [issuer, setIssuer] = useState('');
  const [accountName, setAccountName] = useState('');
  const [websites, setWebsites] = useState('');
  const [advanced, setAdvanced] = useState<Advanced>(DEFAULT_ADVANCED);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');

  const parsed = parse(secret);
  const secretError = touched && !parsed.ok ? parsed.error : '';
  const uri = parsed.ok && parsed.fromUri ? parsed.value : null;

  function secretChanged(value: string) {
    setSecret(value);
    setSaveError('');
    const p = parse(value);
    if (p.ok && p.fromUri) {
      setTouched(true);
      if (p.value.issuer) setIssuer(p.value.issuer);
      if (p.value.accountName) setAccountName(p.value.accountName);
    }
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!parsed.ok) {
      document.getElementById(`${id}-secret`)?.focus();
      return;
    }
    if (!issuer.trim() && !accountName.trim()) {
      setSaveError(i18n.t('form.addNeedsName'));
      return;
    }
    const { type } = advanced;
    const base = uri ?? { ...parsed.value, ...advanced, digits: type === 'steam' ? 5 : advanced.digits };
    setSaving(true);
    const answer = await sendFromPage('accountAdd', {
      account: {
        ...base,
        issuer: issuer.trim(),
        accountName: accountName.trim(),
        websites: parseWebsites(websites),
      },
    }).catch(asFailure);
    setSaving(false);
    if (!answer.ok) return setSaveError(answer.error);
    formSaved(answer.account, 'Added');
  }

  return (
    <form className="sheet" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{i18n.t('form.addTitle')}</h2>
      <label htmlFor={`${id}-secret`}>{i18n.t('form.secretLabel')}</label>
      <textarea
        id={`${id}-secret`}
        rows={2}
        value={secret}
        spellCheck={false}
        autoComplete="off"
        autoFocus
        aria-invalid={secretError ? true : undefined}
        aria-describedby={`${id}-secret-help`}
        onChange={(e) => secretChanged(e.target.value)}
        onBlur={() => secret && setTouched(true)}
      />
      <p
        id={`${id}-secret-help`}
        className={secretError ? 'field-error' : 'field-help'}
        role={secretError ? 'alert' : undefined}
      >
        {secretError ||
          (uri
            ? i18n.t(uri.type === 'hotp' ? 'form.linkReadHotp' : 'form.linkRead', {
                type: uri.type.toUpperCase(),
                digits: uri.digits,
                period: uri.period,
              })
            : i18n.t('form.secretHelp'))}
      </p>
      <QrSlot onOtpauth={secretChanged} />
      <label htmlFor={`${id}-issuer`}>{i18n.t('form.issuer')}</label>
      <input id={`${id}-issuer`} value={issuer} onChange={(e) => setIssuer(e.target.value)} placeholder="GitHub" />
      <label htmlFor={`${id}-account`}>{i18n.t('form.accountName')}</label>
      <input
        id={`${id}-account`}
        value={accountName}
        onChange={(e) => setAccountName(e.target.value)}
        placeholder="you@example.com"
      />
      <label htmlFor={`${id}-websites`}>{i18n.t('form.websites')}</label>
      <input
        id={`${id}-websites`}
        value={websites}
        onChange={(e) => setWebsites(e.target.value)}
        placeholder="github.com"
        aria-describedby={`${id}-websites-help`}
      />
      <p id={`${id}-websites-help`} className="field-help">
        {i18n.t('form.websitesHelp')}
      </p>
      {uri ? null : <AdvancedFields value={advanced} onChange={setAdvanced} />}
      {saveError ? (
        <p className="field-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <div className="sheet-actions">
        <button type="button" className="ghost-button" onClick={listShown}>
          {i18n.t('common.cancel')}
        </button>
        <button type="submit" className="primary-button" disabled={saving}>
          {i18n.t('common.save')}
        </button>
      </div>
    </form>
  );
}
