import { useEffect, useState } from 'react';
import { hasSiteAccess, requestSiteAccess, watchSiteAccess } from '@/lib/site-access/site-access';
import { i18n } from '#i18n';

/**
 * Says so when the browser has not given OTPilot access to websites (it cannot fill codes then),
 * with a button that asks for it. Shows nothing while access is granted.
 */
export function SiteAccessNotice({ className, buttonClassName }: { className?: string; buttonClassName?: string }) {
  const [granted, setGranted] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    const check = () => void hasSiteAccess().then((ok) => live && setGranted(ok));
    check();
    const unwatch = watchSiteAccess(check);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  if (granted !== false) return null;
  return (
    <div role="alert" className={className}>
      <p>{i18n.t('siteAccess.notice')}</p>
      <button type="button" className={buttonClassName} onClick={() => void requestSiteAccess().then(setGranted)}>
        {i18n.t('siteAccess.allow')}
      </button>
    </div>
  );
}
