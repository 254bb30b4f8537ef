import { useState } from 'react';
import { NotEncryptedWarning } from '@/components/export/not-encrypted-warning';
import { QrCodeImage } from '@/components/export/qr-code-image';
import { formatOtpauthUri } from '@/lib/otp/otpauth';
import { accountLabel } from '@/lib/otp/label';
import type { Account } from '@/lib/vault/types';
import { i18n } from '#i18n';

/**
 * Edit view: the account's otpauth:// link as one QR code (what the otpauth:// list export writes for it), for
 * adding it to a phone, shown only after the not-encrypted warning.
 */
export function AccountQr({ account }: { account: Account }) {
  const [step, setStep] = useState<'hidden' | 'warned' | 'shown'>('hidden');
  if (step === 'warned')
    return (
      <NotEncryptedWarning
        text={i18n.t('form.qrWarning')}
        confirm={i18n.t('form.qrConfirm')}
        textClassName="field-error"
        buttonClassName="ghost-button"
        cancel={i18n.t('form.qrKeepHidden')}
        onConfirm={() => setStep('shown')}
        onCancel={() => setStep('hidden')}
      />
    );
  if (step === 'shown')
    return (
      <div className="account-qr">
        <QrCodeImage
          text={formatOtpauthUri(account)}
          width={200}
          alt={i18n.t('form.qrAlt', { label: accountLabel(account.issuer, account.accountName) })}
        />
        <button type="button" className="ghost-button" onClick={() => setStep('hidden')}>
          {i18n.t('form.hideQr')}
        </button>
      </div>
    );
  return (
    <button type="button" className="ghost-button account-qr-show" onClick={() => setStep('warned')}>
      {i18n.t('form.showQr')}
    </button>
  );
}
