import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

/** The baseline for bench:popup: React mounts one element and marks, as the popup does once its codes show. */
function App() {
  useEffect(() => {
    performance.mark('otpilot:codes-visible');
  }, []);
  return <p>Empty</p>;
}

createRoot(document.getElementById('root')!).render(<App />);
