import type { ReactNode } from 'react';
import { preview, type QrContent } from '@/lib/qr/classify';
import type { ScanOutcome } from '@/lib/qr/scan-image';
import { VaultGate } from '@/components/vault/vault-gate';
import { ConfirmAdd } from './confirm-add';
import { MigrationImport } from './migration-import';

/**
 * What a scan found. Account codes go to `renderOtpauth` (the add form where there is one, else a
 * confirm-and-save view); saving needs an unlocked vault, so those views sit inside the vault gate.
 */
export function ScanResults({
  outcome,
  renderOtpauth,
}: {
  outcome: ScanOutcome;
  renderOtpauth?: (uri: string) => ReactNode;
}) {
  if (outcome.kind === 'error') {
    return (
      <p role="alert" className="qr-error">
        {outcome.message}
      </p>
    );
  }
  if (outcome.kind === 'none') return <p role="alert">{outcome.message}</p>;
  const count = outcome.contents.length;
  const list = (
    <div className="qr-results">
      {count > 1 && <p>Found {count} QR codes.</p>}
      {outcome.contents.map((content, i) => (
        <OneResult key={`${i}:${content.text}`} content={content} renderOtpauth={renderOtpauth} />
      ))}
    </div>
  );
  const needsVault = outcome.contents.some((c) => c.kind === 'migration' || (c.kind === 'otpauth' && !renderOtpauth));
  return needsVault ? <VaultGate>{list}</VaultGate> : list;
}

function OneResult({ content, renderOtpauth }: { content: QrContent; renderOtpauth?: (uri: string) => ReactNode }) {
  switch (content.kind) {
    case 'otpauth':
      return renderOtpauth ? renderOtpauth(content.text) : <ConfirmAdd uri={content.text} />;
    case 'migration':
      return <MigrationImport uri={content.text} />;
    case 'other':
      return (
        <section className="qr-other">
          <p role="alert">This QR code is not an authenticator code</p>
          <p>It holds:</p>
          <pre className="qr-text">{preview(content.text)}</pre>
        </section>
      );
  }
}
