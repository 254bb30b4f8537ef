import { registerOffscreenClipboardHandlers } from '@/lib/clipboard/offscreen-clipboard';

registerOffscreenClipboardHandlers();
