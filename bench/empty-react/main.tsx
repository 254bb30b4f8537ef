import { useLayoutEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * The baseline for bench:popup: React mounts one element and marks in a layout effect, rendered the
 * way the popup renders (flushSync), so both marks mean "committed to the DOM", measured the same way.
 */
function App() {
  useLayoutEffect(() => {
    performance.mark('otpilot:codes-visible');
  }, []);
  return <p>Empty</p>;
}

const root = createRoot(document.getElementById('root')!);
flushSync(() => root.render(<App />));
