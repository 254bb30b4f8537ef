import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { decodeMigrationUri } from '@/lib/import/google-migration';
import { parseOtpauthUri } from '@/lib/otp/otpauth';
import { CORPORA } from '@/test/support/paths';
import { classifyQrText } from './classify';
import { decodeQrImage } from './decode';
import { checkImageFile, ImageInputError } from './image-file';
import { readPng, useNodeZxing } from './zxing-node.test-support';

interface Item {
  image: string;
  category: string;
  expected_text?: string | null;
  expected_texts?: string[];
  expected_accounts?: { issuer: string; secret: string }[];
}
const QR = join(CORPORA, 'qr');
const items = (JSON.parse(readFileSync(join(QR, 'INDEX.json'), 'utf8')) as { items: Item[] }).items;
const expectedOf = (item: Item) => item.expected_texts ?? (item.expected_text ? [item.expected_text] : []);
const isAuthenticator = (item: Item) => expectedOf(item).some((t) => /^otpauth(-migration)?:\/\//.test(t));

beforeAll(() => useNodeZxing());

/** Node has no WebP decoder; those images are decoded in Chromium by `npm run bench:qr`. */
const decodableInNode = (item: Item) => /\.png$/i.test(item.image);

describe('every authenticator QR in the shared corpus', () => {
  const cases = items.filter(isAuthenticator);
  it('has cases', () => expect(cases.length).toBeGreaterThan(3));
  for (const item of cases.filter(decodableInNode)) {
    it(`reads ${item.image}`, async () => {
      const { texts } = await decodeQrImage(readPng(readFileSync(join(QR, item.image))));
      for (const expected of expectedOf(item)) expect(texts).toContain(expected);
      expect(texts.map(classifyQrText).map((c) => c.kind)).toContain(
        expectedOf(item)[0]!.startsWith('otpauth-migration:') ? 'migration' : 'otpauth',
      );
    });
  }
});

describe('what a scanned authenticator QR opens', () => {
  it('an otpauth photo parses into the account to confirm', async () => {
    const item = items.find((i) => i.category === 'otpauth_camera_photo')!;
    const { texts } = await decodeQrImage(readPng(readFileSync(join(QR, item.image))));
    const parsed = parseOtpauthUri(texts[0]!);
    expect(parsed).toMatchObject({ issuer: 'neo4j', accountName: 'Charlotte', type: 'totp', digits: 6 });
  });

  it('a Google Authenticator export screenshot lists exactly its accounts', async () => {
    const item = items.find((i) => i.expected_accounts && decodableInNode(i))!;
    const { texts } = await decodeQrImage(readPng(readFileSync(join(QR, item.image))));
    const { accounts } = decodeMigrationUri(texts[0]!);
    expect(accounts.map((a) => a.secret)).toEqual(item.expected_accounts!.map((a) => a.secret));
    expect(accounts.map((a) => a.issuer)).toEqual(item.expected_accounts!.map((a) => a.issuer));
  });
});

describe('images without a QR code', () => {
  for (const item of items.filter((i) => i.category === 'negative_no_qr')) {
    it(`reports no QR in ${item.image}`, async () => {
      const bytes = readFileSync(join(QR, item.image));
      if (decodableInNode(item)) {
        expect((await decodeQrImage(readPng(bytes))).texts).toEqual([]);
      } else {
        // zxing's own loader reads JPEG; WebP it cannot, which must still not produce a result.
        const results = await readBarcodes(new Uint8Array(bytes), { formats: ['QRCode'], tryHarder: true });
        expect(results.filter((r) => r.isValid)).toEqual([]);
      }
    });
  }
});

describe('input checks', () => {
  it('rejects a text file named .jpeg cleanly', () => {
    const item = items.find((i) => i.category === 'not_an_image')!;
    const bytes = readFileSync(join(QR, item.image));
    expect(() => checkImageFile(bytes.length, bytes)).toThrow(ImageInputError);
    expect(() => checkImageFile(bytes.length, bytes)).toThrow(/not an image/);
  });

  it('accepts every corpus picture by its bytes', () => {
    for (const item of items.filter((i) => i.category !== 'not_an_image')) {
      const bytes = readFileSync(join(QR, item.image));
      expect(() => checkImageFile(bytes.length, bytes), item.image).not.toThrow();
    }
  });

  it('rejects a file that is too large before reading it', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(() => checkImageFile(200 * 1024 * 1024, png)).toThrow(/too large/);
    expect(() => checkImageFile(0, png)).toThrow(/empty/);
  });
});
