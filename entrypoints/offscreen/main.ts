import { registerOffscreenClipboard } from '@/lib/clipboard/offscreen-clipboard';

registerOffscreenClipboard();
