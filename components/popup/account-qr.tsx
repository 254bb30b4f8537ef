import { useState } from 'react';
import { NotEncryptedWarning } from '@/components/export/not-encrypted-warning';
import { QrCodeImage } from '@/components/export/qr-code-image';
import { formatOtpauthUri } from '@/lib/otp/otpauth';
import { accountLabel } from '@/lib/otp/label';
import type { Account } from '@/lib/vault/types';

/**
 * Edit view: the account's otpauth:// link as one QR code (what the otpauth:// list export writes for it), for
 * adding it to a phone, shown only after the not-encrypted warning.
 */
export function AccountQr({ account }: { account: Account }) {
  const [step, setStep] = useState<'hidden' | 'warned' | 'shown'>('hidden');
  if (step === 'warned')
    return (
      <NotEncryptedWarning
        what="qr-code"
        confirm="Show unencrypted QR code"
        textClassName="field-error"
        buttonClassName="ghost-button"
        cancel="Keep it hidden"
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
          alt={`QR code for ${accountLabel(account.issuer, account.accountName)}`}
        />
        <button type="button" className="ghost-button" onClick={() => setStep('hidden')}>
          Hide QR code
        </button>
      </div>
    );
  return (
    <button type="button" className="ghost-button account-qr-show" onClick={() => setStep('warned')}>
      Show QR code
    </button>
  );
}
