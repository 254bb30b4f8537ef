/** What is about to be shown or saved in the clear; each has its one warning sentence here. */
export type Unencrypted = 'file' | 'qr-codes';

const WARNINGS: Record<Unencrypted, string> = {
  file: 'This file is not encrypted: anyone who gets it can make your codes. Import it, then delete it.',
  'qr-codes':
    'These QR codes are not encrypted: anyone who sees them (or a photo or screenshot of them) can copy your accounts and make your codes. Show them only where no one else can see your screen.',
};

/**
 * The one warning shown before anything leaves the vault unencrypted (an otpauth:// list, QR codes): it says so,
 * and nothing happens until the user confirms.
 */
export function NotEncryptedWarning({
  what,
  confirm,
  onConfirm,
  onCancel,
  textClassName = 'vault-error',
  buttonClassName,
  cancel = 'Cancel',
  text,
}: /** The options page's warnings (English), or `text`: the popup's own, in the UI's language (one QR code). */
({ what: Unencrypted; text?: never } | { what?: never; text: string }) & {
  /** The confirming button's name, e.g. "Export unencrypted list". */
  confirm: string;
  onConfirm(): void;
  onCancel(): void;
  textClassName?: string;
  buttonClassName?: string;
  /** The cancelling button's name (where a form around has its own "Cancel"). */
  cancel?: string;
}) {
  return (
    <div role="alert" className="not-encrypted-warning">
      <p className={textClassName}>{what ? WARNINGS[what] : text}</p>
      <button type="button" className={buttonClassName} onClick={onConfirm}>
        {confirm}
      </button>{' '}
      <button type="button" className={buttonClassName} onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
