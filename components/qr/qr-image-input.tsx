import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { scanImageBlob, type ScanOutcome } from '@/lib/qr/scan-image';
import { ScanResults } from './scan-results';
import './qr.css';

/**
 * "QR code image": choose a file, paste an image or drop one. Account codes (otpauth://) go to
 * `onOtpauth` (the caller's add form confirms them); Google Authenticator exports are listed here
 * for import; anything else is explained.
 */
export function QrImageInput({ onOtpauth }: { onOtpauth(uri: string): void }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const handler = useRef(onOtpauth);
  useEffect(() => {
    handler.current = onOtpauth;
  });

  async function scan(file: Blob) {
    setBusy(true);
    setOutcome(null);
    const result = await scanImageBlob(file);
    setBusy(false);
    setOutcome(result);
    if (result.kind === 'found') {
      const first = result.contents.find((c) => c.kind === 'otpauth');
      if (first) handler.current(first.text);
    }
  }
  const scanRef = useRef(scan);
  useEffect(() => {
    scanRef.current = scan;
  });

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const file = [...(e.clipboardData?.files ?? [])].find((f) => f.type.startsWith('image/'));
      if (!file) return;
      e.preventDefault();
      void scanRef.current(file);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void scan(file);
  }

  return (
    <div
      className={`qr-input${dragging ? ' qr-dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id}>QR code image</label>
      <input
        id={id}
        type="file"
        accept="image/*"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void scan(file);
        }}
      />
      <p className="qr-hint">Choose a picture of the QR code, paste one (Ctrl+V) or drop it here.</p>
      {busy && <p role="status">Scanning…</p>}
      {outcome && <ScanResults outcome={outcome} renderOtpauth={() => null} />}
    </div>
  );
}
