import { AutoLockSection } from '@/components/options/auto-lock-section';
import { ChangePasswordSection } from '@/components/options/change-password-section';
import { SectionPanel } from './section-panel';

/** Security: the master password and when the vault locks itself. */
export function SecuritySection() {
  return (
    <SectionPanel id="security" intro="Your master password and when the vault locks itself.">
      <div className="options-card">
        <ChangePasswordSection />
      </div>
      <div className="options-card">
        <AutoLockSection />
      </div>
    </SectionPanel>
  );
}
