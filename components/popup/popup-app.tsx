import { useBackgroundAlive } from '@/components/use-background-alive';

export function PopupApp() {
  const alive = useBackgroundAlive();
  return (
    <main className="popup" aria-busy={!alive}>
      <header className="app-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>OTPilot</h1>
      </header>
      <p role="status">{alive ? 'Ready' : 'Starting…'}</p>
    </main>
  );
}
