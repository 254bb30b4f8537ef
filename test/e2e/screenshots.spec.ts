import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { COLOR_SCHEMES, SHOTS, takeScreenshots } from '../../scripts/screenshots-shots';
import { expect, test } from '../support/fixtures';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('npm run screenshots takes every shot of its list, light and dark, as a non-empty PNG', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'otpilot-screenshots-'));
  try {
    const written = await takeScreenshots(dir);
    const expected = SHOTS.flatMap((shot) => COLOR_SCHEMES.map((scheme) => `${shot.name}-${scheme}.png`));
    expect(written.map((file) => basename(file))).toEqual(expected);
    for (const file of written) {
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${basename(file)} is a PNG`).toBe(true);
      // Width and height (IHDR) are not zero.
      expect(bytes.readUInt32BE(16) * bytes.readUInt32BE(20), `${basename(file)} has pixels`).toBeGreaterThan(0);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
