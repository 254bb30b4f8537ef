/** Where the QR image input joins the Add account form (replaced by QrImageInput when QR lands). */
export function QrSlot(_props: { onOtpauth(uri: string): void }) {
  return null;
}
