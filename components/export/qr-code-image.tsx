import { useEffect, useState } from 'react';
import './qr-export.css';

/**
 * Draws `text` as a QR code image (a data: URL). The `qrcode` library is imported only when a code is shown, so
 * the popup does not load it on open. The image is white with a quiet zone, so phones read it in dark mode too.
 */
export function QrCodeImage({ text, alt, width }: { text: string; alt: string; width: number }) {
  const [drawn, setDrawn] = useState<{ text: string; url?: string; error?: string } | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qr) => qr.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, width }))
      .then(
        (url) => live && setDrawn({ text, url }),
        (error: unknown) => live && setDrawn({ text, error: String((error as Error)?.message ?? error) }),
      );
    return () => {
      live = false;
    };
  }, [text, width]);
  if (drawn?.text !== text) return <p className="qr-code-drawing">Drawing the QR code…</p>;
  if (drawn.error) return <p role="alert">The QR code cannot be drawn: {drawn.error}</p>;
  return <img className="qr-code-image" src={drawn.url} alt={alt} width={width} height={width} />;
}
