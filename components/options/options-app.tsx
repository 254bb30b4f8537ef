import { MigrationQrExport } from '@/components/export/migration-qr-export';
import { OtpauthExportSection } from '@/components/export/otpauth-export-section';
import { ImportSection } from '@/components/import/import-section';
import { OptionsQrSection } from '@/components/qr/options-qr-section';
import { useBackgroundAlive } from '@/components/use-background-alive';
import { AutoLockSection } from '@/components/options/auto-lock-section';
import { AutofillSection } from '@/components/options/autofill-section';
import { BackupSection } from '@/components/options/backup-section';
import { ChangePasswordSection } from '@/components/options/change-password-section';
import { SkyvernSection } from '@/components/sync/skyvern-section';
import { SiteAccessNotice } from '@/components/site-access/site-access-notice';
import { SITE_ACCESS_CAN_BE_WITHHELD } from '@/lib/site-access/site-access';

export function OptionsApp() {
  const alive = useBackgroundAlive();
  return (
    <main className="options">
      <header className="app-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>OTPilot settings</h1>
      </header>
      <p role="status">{alive ? 'Ready' : 'Starting…'}</p>
      {SITE_ACCESS_CAN_BE_WITHHELD ? <SiteAccessNotice className="vault-section" /> : null}
      <OptionsQrSection />
      <ImportSection />
      <ChangePasswordSection />
      <AutoLockSection />
      <AutofillSection />
      <BackupSection />
      <OtpauthExportSection />
      <MigrationQrExport />
      <SkyvernSection />
    </main>
  );
}
