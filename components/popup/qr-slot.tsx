import { lazy, Suspense } from 'react';
import { i18n } from '#i18n';

// The QR reader (zxing wasm) loads only when the Add account form opens, never on popup open.
const QrImageInput = lazy(() => import('@/components/qr/qr-image-input').then((m) => ({ default: m.QrImageInput })));

/** The QR image input inside the Add account form; an otpauth:// result prefills the form. */
export function QrSlot({ onOtpauth }: { onOtpauth(uri: string): void }) {
  return (
    <Suspense fallback={<p className="field-help">{i18n.t('popup.loadingQr')}</p>}>
      <QrImageInput onOtpauth={onOtpauth} />
    </Suspense>
  );
}
