import { useChosenIds } from '@/components/export/export-selection';
import { MigrationQrExport } from '@/components/export/migration-qr-export';
import { OtpauthExportSection } from '@/components/export/otpauth-export-section';
import { ImportSection } from '@/components/import/import-section';
import { BackupSection } from '@/components/options/backup-section';
import { OptionsQrSection } from '@/components/qr/options-qr-section';
import { SectionPanel } from './section-panel';

/** Import & export: QR images, other apps' files, encrypted backups and plain exports. */
export function ImportExportSection() {
  const chosen = useChosenIds();
  return (
    <SectionPanel
      id="import-export"
      intro="Bring accounts in from a QR code or another app; back them up or move them out."
    >
      <div className="options-card">
        <OptionsQrSection />
      </div>
      <div className="options-card">
        <ImportSection />
      </div>
      <div className="options-card">
        <BackupSection />
      </div>
      <div className="options-card">
        <OtpauthExportSection />
      </div>
      <div className="options-card">
        <MigrationQrExport ids={chosen.length > 0 ? [...chosen] : undefined} />
      </div>
      {/* Further exports go here, each in its own card. */}
    </SectionPanel>
  );
}
