import type { BenchRow } from './qr-page/main';

export interface IndexItem {
  image: string;
  category: string;
  expected_text?: string | null;
  expected_texts?: string[];
}

export interface Scored {
  item: IndexItem;
  row: BenchRow;
  /** False: no ground truth (expected_text null on a picture that has a code); not scored. */
  scored: boolean;
  negative: boolean;
  ours: boolean;
  jsqr: boolean;
  oursFalsePositive: boolean;
  jsqrFalsePositive: boolean;
}

const norm = (t: string) => t.replace(/\r\n/g, '\n');

/** Expected texts of an item ([] for a negative or a file that is not an image). */
export function expectedTexts(item: IndexItem): string[] | null {
  if (item.expected_texts?.length) return item.expected_texts;
  if (typeof item.expected_text === 'string') return [item.expected_text];
  return null;
}

function correct(expected: string[] | null, negative: boolean, texts: string[]): boolean {
  if (negative) return texts.length === 0;
  const read = texts.map(norm);
  return expected !== null && expected.every((e) => read.includes(norm(e)));
}

/**
 * A negative (category negative_no_qr, or not an image) is correct when nothing is read; reading
 * anything there is a false positive. A picture with expected text(s) is correct when every one is read.
 */
export function scoreRow(item: IndexItem, row: BenchRow): Scored {
  const expected = expectedTexts(item);
  const negative = item.category.startsWith('negative') || item.category === 'not_an_image';
  const scored = negative || expected !== null;
  return {
    item,
    row,
    scored,
    negative,
    ours: scored && correct(expected, negative, row.ours.texts),
    jsqr: scored && correct(expected, negative, row.jsqr.texts),
    oursFalsePositive: negative && row.ours.texts.length > 0,
    jsqrFalsePositive: negative && row.jsqr.texts.length > 0,
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function summarise(rows: Scored[]) {
  const lines: string[] = [];
  const categories = [...new Set(rows.map((r) => r.item.category))].sort();
  lines.push('category                                   ours      jsQR');
  for (const category of categories) {
    const inCat = rows.filter((r) => r.item.category === category && r.scored);
    const all = rows.filter((r) => r.item.category === category);
    const label = category.padEnd(40);
    if (inCat.length === 0) {
      const read = all
        .map((r) => `ours ${r.row.ours.texts.length} / jsQR ${r.row.jsqr.texts.length} code(s)`)
        .join('; ');
      lines.push(`${label}   (no ground truth: ${read})`);
      continue;
    }
    const ours = inCat.filter((r) => r.ours).length;
    const jsqr = inCat.filter((r) => r.jsqr).length;
    lines.push(`${label} ${`${ours}/${inCat.length}`.padStart(7)} ${`${jsqr}/${inCat.length}`.padStart(9)}`);
  }
  const scored = rows.filter((r) => r.scored);
  const correct = scored.filter((r) => r.ours).length;
  const jsqrCorrect = scored.filter((r) => r.jsqr).length;
  const falsePositives = rows.filter((r) => r.oursFalsePositive).length;
  const jsqrFalsePositives = rows.filter((r) => r.jsqrFalsePositive).length;
  const decoded = rows.filter((r) => !r.row.error);
  const oursMs = decoded.map((r) => r.row.ours.ms);
  const jsqrMs = decoded.map((r) => r.row.jsqr.ms);
  const pct = (n: number) => (scored.length ? round((100 * n) / scored.length) : 0);
  lines.push(
    `correct: ours ${correct}/${scored.length} (${pct(correct)}%), jsQR ${jsqrCorrect}/${scored.length} (${pct(jsqrCorrect)}%)`,
  );
  lines.push(`false positives on negatives: ours ${falsePositives}, jsQR ${jsqrFalsePositives}`);
  const misread = (which: 'ours' | 'jsqr') =>
    rows.filter((r) => r.scored && !r.negative && !r[which] && r.row[which].texts.length > 0).length;
  lines.push(`read a different text than expected: ours ${misread('ours')}, jsQR ${misread('jsqr')}`);
  lines.push(
    `ms per image (decode only, ${decoded.length} images): ours median ${round(percentile(oursMs, 50))} p95 ${round(percentile(oursMs, 95))}; jsQR median ${round(percentile(jsqrMs, 50))} p95 ${round(percentile(jsqrMs, 95))}`,
  );
  for (const r of rows.filter((x) => x.scored && !x.ours)) {
    const read = r.row.ours.texts.length
      ? ` (read ${JSON.stringify(r.row.ours.texts.map((t) => t.slice(0, 40)))})`
      : '';
    lines.push(`  ours missed: ${r.item.image}${r.row.error ? ` (${r.row.error})` : read}`);
  }
  return {
    lines,
    json: {
      images: rows.length,
      correct,
      jsqrCorrect,
      falsePositives,
      medianMs: round(percentile(oursMs, 50)),
      jsqrMedianMs: round(percentile(jsqrMs, 50)),
    },
  };
}
