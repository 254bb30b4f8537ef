import { createRoot } from 'react-dom/client';
import { ScanApp } from '@/components/qr/scan-app';
import '@/components/theme.css';

createRoot(document.getElementById('root')!).render(<ScanApp scanId={location.hash.slice(1)} />);
