import { OptionsQrSection } from '@/components/qr/options-qr-section';
import { useBackgroundAlive } from '@/components/use-background-alive';

export function OptionsApp() {
  const alive = useBackgroundAlive();
  return (
    <main className="options">
      <header className="app-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>OTPilot settings</h1>
      </header>
      <p role="status">{alive ? 'Ready' : 'Starting…'}</p>
      <OptionsQrSection />
    </main>
  );
}
