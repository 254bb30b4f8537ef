import { useEffect, useRef, type ReactNode } from 'react';
import { useBackgroundAlive } from '@/components/use-background-alive';
import { OptionsNav } from './options-nav';
import { AccountsSection } from './sections/accounts-section';
import { AutofillSettingsSection } from './sections/autofill-settings-section';
import { ImportExportSection } from './sections/import-export-section';
import { SecuritySection } from './sections/security-section';
import { sectionHeadingId, sectionTitle, type SectionId } from './sections/section-ids';
import { SkyvernSettingsSection } from './sections/skyvern-settings-section';
import { useHashSection } from './use-hash-section';
import './options.css';

const PANELS: Record<SectionId, () => ReactNode> = {
  accounts: () => <AccountsSection />,
  'import-export': () => <ImportExportSection />,
  security: () => <SecuritySection />,
  autofill: () => <AutofillSettingsSection />,
  skyvern: () => <SkyvernSettingsSection />,
};

/** The options page: one section at a time, each at its own URL (`options.html#security`), picked in the nav. */
export function OptionsApp() {
  const alive = useBackgroundAlive();
  const section = useHashSection();
  // Set when the user picks a section in the nav: its heading gets focus once it shows.
  const focusWanted = useRef(false);

  useEffect(() => {
    document.title = `${sectionTitle(section)} · OTPilot settings`;
    if (!focusWanted.current) return;
    focusWanted.current = false;
    document.getElementById(sectionHeadingId(section))?.focus();
  }, [section]);

  function picked(id: SectionId) {
    if (id === section) document.getElementById(sectionHeadingId(id))?.focus();
    else focusWanted.current = true;
  }

  return (
    <div className="options">
      <header className="app-header options-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>OTPilot settings</h1>
        <p role="status" className="options-status">
          {alive ? 'Ready' : 'Starting…'}
        </p>
      </header>
      <OptionsNav current={section} onPick={picked} />
      <main className="options-main" key={section}>
        {PANELS[section]()}
      </main>
    </div>
  );
}
