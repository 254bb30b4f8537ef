import { SkyvernSection } from '@/components/sync/skyvern-section';
import { SectionPanel } from './section-panel';

/** Skyvern: the API that codes and sign-in links are pushed to. */
export function SkyvernSettingsSection() {
  return (
    <SectionPanel id="skyvern" intro="Codes sent to your Skyvern organisation, filled where a page waits for them.">
      <div className="options-card">
        <SkyvernSection />
      </div>
    </SectionPanel>
  );
}
