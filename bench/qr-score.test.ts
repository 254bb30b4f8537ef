import { describe, expect, it } from 'vitest';
import { percentile, scoreRow, summarise } from './qr-score';

const row = (ours: string[], jsqr: string[] = [], error?: string) => ({
  error,
  ours: { texts: ours, ms: 1 },
  jsqr: { texts: jsqr, ms: 2 },
});

describe('bench:qr scoring', () => {
  it('counts a read as correct only when every expected text was read (CRLF = LF)', () => {
    const item = { image: 'a.png', category: 'generic_qr', expected_text: 'A\nB' };
    expect(scoreRow(item, row(['A\r\nB'])).ours).toBe(true);
    expect(scoreRow(item, row(['A'])).ours).toBe(false);
    const two = { image: 'b.png', category: 'two', expected_texts: ['x', 'y'] };
    expect(scoreRow(two, row(['y', 'x'], ['x'])).ours).toBe(true);
    expect(scoreRow(two, row(['y', 'x'], ['x'])).jsqr).toBe(false);
  });

  it('treats any read on a negative as a false positive, and leaves unknown answers unscored', () => {
    const negative = { image: 'n.webp', category: 'negative_no_qr', expected_text: null };
    expect(scoreRow(negative, row([])).ours).toBe(true);
    expect(scoreRow(negative, row(['junk'])).oursFalsePositive).toBe(true);
    const unknown = { image: 'u.png', category: 'hard', expected_text: null };
    expect(scoreRow(unknown, row([])).scored).toBe(false);
  });

  it('ends with the JSON summary fields', () => {
    const rows = [
      scoreRow({ image: 'a', category: 'c', expected_text: 'a' }, row(['a'], [])),
      scoreRow({ image: 'n', category: 'negative_no_qr' }, row([], [])),
    ];
    expect(summarise(rows).json).toEqual({
      images: 2,
      correct: 2,
      jsqrCorrect: 1,
      falsePositives: 0,
      medianMs: 1,
      jsqrMedianMs: 2,
    });
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
  });
});
