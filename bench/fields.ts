/**
 * `npm run bench:fields [-- --corpus DIR]` (default: test/fixtures/pages, our own corpus): loads
 * every page of DIR/EXPECTED.json in Chromium with the BUILT extension and one matching account,
 * and reports per page whether exactly the expected inputs received the code, in order, then per
 * kind (single, split, negative). Pages without a code field must see no fill.
 * Last line: {"pages":N,"correct":N,"falseFills":N,"single":{"pages":N,"correct":N},...}.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../test/support/launch';
import { EXTENSION_PATH, FIXTURES } from '../test/support/paths';
import { seedVault, serveFolder, type ExpectedPage, type PageKind } from './fields-lib';
import { checkPage, keepOffline } from './fields-page';

const argIndex = process.argv.indexOf('--corpus');
const corpus = resolve(argIndex > 0 ? process.argv[argIndex + 1]! : join(FIXTURES, 'pages'));
const pages = JSON.parse(readFileSync(join(corpus, 'EXPECTED.json'), 'utf8')) as ExpectedPage[];
const settleMs = Number(process.env.SETTLE_MS ?? 2500);

async function main(): Promise<void> {
  console.log(`extension: ${EXTENSION_PATH}\ncorpus: ${corpus}`);
  const { port, server } = await serveFolder(corpus);
  const launched = await launchWithExtension();
  const { context } = launched;
  await keepOffline(context, port);
  await seedVault(context);
  const kinds: Record<PageKind, { pages: number; correct: number }> = {
    single: { pages: 0, correct: 0 },
    split: { pages: 0, correct: 0 },
    negative: { pages: 0, correct: 0 },
  };
  let correct = 0;
  let falseFills = 0;
  for (const expected of pages) {
    const r = await checkPage(context, port, expected, settleMs);
    kinds[r.kind].pages++;
    if (r.ok) {
      correct++;
      kinds[r.kind].correct++;
    }
    if (r.falseFill) falseFills++;
    const what = expected.has_otp
      ? `found ${r.found ? 'yes' : 'no'}, code filled ${r.filled ? 'yes' : 'no'} (${expected.otp_inputs.length} input(s))`
      : `negative, no fill ${r.filled ? 'yes' : 'no'}`;
    console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${expected.file}  ${what}${r.ok ? '' : `  ${r.problems.join('; ')}`}`);
  }
  await launched.close();
  server.close();
  for (const [kind, k] of Object.entries(kinds)) console.log(`${kind}: ${k.correct}/${k.pages}`);
  console.log(`false fills: ${falseFills}`);
  console.log(JSON.stringify({ pages: pages.length, correct, falseFills, ...kinds }));
}

void main();
