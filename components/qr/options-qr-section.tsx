import { useState } from 'react';
import { VaultGate } from '@/components/vault/vault-gate';
import { ConfirmAdd } from './confirm-add';
import { QrImageInput } from './qr-image-input';

/** Options page: add an account from a QR code image (confirmed before it is saved). */
export function OptionsQrSection() {
  const [uri, setUri] = useState<string | null>(null);
  return (
    <section aria-labelledby="qr-section-title">
      <h2 id="qr-section-title">Add from a QR code</h2>
      <QrImageInput onOtpauth={setUri} />
      {uri && (
        <VaultGate>
          <ConfirmAdd key={uri} uri={uri} />
        </VaultGate>
      )}
    </section>
  );
}
