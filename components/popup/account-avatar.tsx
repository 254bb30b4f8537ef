import { memo, useState } from 'react';
import { drawableIcon, hueOf, initials } from './format';

/**
 * The account's icon when the user set one (a data: URL or an https favicon URL), otherwise — or
 * when the image fails to load — a lettered avatar. Nothing is fetched unless the user chose an icon.
 */
export const AccountAvatar = memo(function AccountAvatar(props: {
  issuer: string;
  accountName: string;
  icon?: string;
}) {
  const [failed, setFailed] = useState<string | null>(null);
  const { issuer, accountName, icon } = props;
  if (drawableIcon(icon) && failed !== icon) {
    return (
      <img
        className="avatar"
        src={icon}
        alt=""
        width={32}
        height={32}
        referrerPolicy="no-referrer"
        onError={() => setFailed(icon)}
      />
    );
  }
  return (
    <span
      className="avatar avatar-letters"
      aria-hidden="true"
      style={{ '--hue': hueOf(issuer || accountName) } as React.CSSProperties}
    >
      {initials(issuer, accountName)}
    </span>
  );
});
