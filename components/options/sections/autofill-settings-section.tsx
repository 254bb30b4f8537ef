import { AutofillSection } from '@/components/options/autofill-section';
import { SiteAccessNotice } from '@/components/site-access/site-access-notice';
import { SITE_ACCESS_CAN_BE_WITHHELD } from '@/lib/site-access/site-access';
import { SectionPanel } from './section-panel';

/** Auto-fill: whether codes fill by themselves, and (Firefox) access to websites. */
export function AutofillSettingsSection() {
  return (
    <SectionPanel id="autofill" intro="How codes get into the sign-in pages you visit.">
      {SITE_ACCESS_CAN_BE_WITHHELD ? <SiteAccessNotice className="vault-section options-card" /> : null}
      <div className="options-card">
        <AutofillSection />
      </div>
    </SectionPanel>
  );
}
