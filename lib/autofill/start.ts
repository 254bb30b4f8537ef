import { sendMessage } from '@/lib/messaging/protocol';

/** Entry of the content script: greets the background. Field detection and fill build on this. */
export async function startAutofill(): Promise<void> {
  await sendMessage('contentHello', { url: location.href });
}
