import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { decodeMigrationUri } from '@/lib/import/google-migration';
import { parseOtpauthUri } from '@/lib/otp/otpauth';
import QRCode from 'qrcode';
import { withCorpus } from '@/test/support/corpus-suite';
import { FIXTURES } from '@/test/support/paths';
import type { RgbaImage } from './rgba-image';
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
const expectedOf = (item: Item) => item.expected_texts ?? (item.expected_text ? [item.expected_text] : []);
const isAuthenticator = (item: Item) => expectedOf(item).some((t) => /^otpauth(-migration)?:\/\//.test(t));

beforeAll(() => useNodeZxing());

const OTPAUTH = 'otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example';
const MIGRATION = (
  JSON.parse(readFileSync(join(FIXTURES, 'otpauth/migration-cases.json'), 'utf8')) as {
    cases: { uri: string; expect_error?: boolean; expected_accounts: { secret: string }[] | null }[];
  }
).cases.filter((c) => !c.expect_error)[1]!;

/** A QR code drawn at test time (the `qrcode` package), as pixels. */
async function qrImage(text: string, options: { scale?: number; margin?: number } = {}): Promise<RgbaImage> {
  return readPng(await QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', ...options }));
}

/** Images side by side on a white page, top-aligned. */
function sideBySide(images: RgbaImage[], gap = 40): RgbaImage {
  const width = images.reduce((w, i) => w + i.width, 0) + gap * (images.length + 1);
  const height = Math.max(...images.map((i) => i.height)) + 2 * gap;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  let x0 = gap;
  for (const img of images) {
    for (let y = 0; y < img.height; y++) {
      data.set(img.data.subarray(y * img.width * 4, (y + 1) * img.width * 4), ((y + gap) * width + x0) * 4);
    }
    x0 += img.width + gap;
  }
  return { data, width, height };
}

const invert = (img: RgbaImage): RgbaImage => ({
  ...img,
  data: img.data.map((v, i) => (i % 4 === 3 ? v : 255 - v)),
});

describe('QR codes drawn at test time', () => {
  it('reads an otpauth code and parses it into the account to confirm', async () => {
    const { texts } = await decodeQrImage(await qrImage(OTPAUTH, { scale: 6 }));
    expect(texts).toEqual([OTPAUTH]);
    expect(classifyQrText(texts[0]!).kind).toBe('otpauth');
    expect(parseOtpauthUri(texts[0]!)).toMatchObject({ issuer: 'Example', accountName: 'alice@example.com' });
  });

  it('reads a Google Authenticator export code and lists exactly its accounts', async () => {
    const { texts } = await decodeQrImage(await qrImage(MIGRATION.uri, { scale: 4 }));
    expect(classifyQrText(texts[0]!).kind).toBe('migration');
    const { accounts } = decodeMigrationUri(texts[0]!);
    expect(accounts.map((a) => a.secret)).toEqual(MIGRATION.expected_accounts!.map((a) => a.secret));
  });

  it('reads every code of an image holding two', async () => {
    const other = 'otpauth://hotp/Bank:carol?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&counter=5';
    const image = sideBySide([await qrImage(OTPAUTH, { scale: 5 }), await qrImage(other, { scale: 5 })]);
    expect((await decodeQrImage(image)).texts.sort()).toEqual([OTPAUTH, other].sort());
  });

  it('reads a small code and a light-on-dark one', async () => {
    expect((await decodeQrImage(await qrImage(OTPAUTH, { scale: 2 }))).texts).toEqual([OTPAUTH]);
    expect((await decodeQrImage(invert(await qrImage(OTPAUTH, { scale: 5 })))).texts).toEqual([OTPAUTH]);
  });

  it('reports no QR code in an image without one', async () => {
    const width = 320;
    const height = 240;
    const data = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      const v = ((i % width) * 7 + Math.floor(i / width) * 3) % 256; // a diagonal gradient
      data.set([v, 255 - v, 128, 255], i * 4);
    }
    expect((await decodeQrImage({ data, width, height }, 300)).texts).toEqual([]);
  });
});

withCorpus('qr/INDEX.json', 'QR codes of the shared corpus', (index) => {
  const QR = join(index, '..');
  const items = (JSON.parse(readFileSync(index, 'utf8')) as { items: Item[] }).items;
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

  describe('corpus input checks', () => {
    it('rejects its text file named .jpeg cleanly', () => {
      const item = items.find((i) => i.category === 'not_an_image')!;
      const bytes = readFileSync(join(QR, item.image));
      expect(() => checkImageFile(bytes.length, bytes)).toThrow(/not an image/);
    });

    it('accepts every corpus picture by its bytes', () => {
      for (const item of items.filter((i) => i.category !== 'not_an_image')) {
        const bytes = readFileSync(join(QR, item.image));
        expect(() => checkImageFile(bytes.length, bytes), item.image).not.toThrow();
      }
    });
  });
});

describe('input checks', () => {
  it('rejects a text file named .jpeg cleanly', () => {
    const bytes = new TextEncoder().encode('otpauth://totp/Example:me?secret=JBSWY3DPEHPK3PXP\n');
    expect(() => checkImageFile(bytes.length, bytes)).toThrow(ImageInputError);
    expect(() => checkImageFile(bytes.length, bytes)).toThrow(/not an image/);
  });

  it('accepts a PNG picture by its bytes', async () => {
    const bytes = await QRCode.toBuffer(OTPAUTH, { type: 'png' });
    expect(() => checkImageFile(bytes.length, bytes)).not.toThrow();
  });

  it('rejects a file that is too large before reading it', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(() => checkImageFile(200 * 1024 * 1024, png)).toThrow(/too large/);
    expect(() => checkImageFile(0, png)).toThrow(/empty/);
  });
});
