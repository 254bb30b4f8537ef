import { collectInputs } from './collect';
import { newPass } from './context';
import {
  EXCLUDED,
  THRESHOLD,
  codeStep,
  isFillable,
  mayTakeCode,
  nearbyText,
  notePassword,
  scoreField,
} from './signals';
import { STRONG_TEXT } from './keywords';
import { isVisibleField } from './visibility';

/** Where a code goes: one input, or 4 to 8 boxes in the order the user sees them. */
export interface CodeTarget {
  inputs: HTMLInputElement[];
  score: number;
}

interface Candidate {
  el: HTMLInputElement;
  score: number;
  box: boolean;
  index: number;
}

/** Every code field of this frame, best first. */
export function detectAll(): CodeTarget[] {
  const candidates: Candidate[] = [];
  newPass();
  collectInputs().forEach((el, index) => {
    notePassword(el);
    if (!mayTakeCode(el) || !isFillable(el)) return;
    const { score, box } = scoreField(el);
    if (score > EXCLUDED) candidates.push({ el, score, box, index });
  });
  const targets: (CodeTarget & { index: number })[] = [];
  const grouped = new Set<HTMLInputElement>();
  for (const run of splitRuns(candidates)) {
    const score = groupScore(run);
    run.forEach((c) => grouped.add(c.el));
    if (score >= THRESHOLD) targets.push({ inputs: visualOrder(run.map((c) => c.el)), score, index: run[0]!.index });
  }
  for (const c of candidates) {
    if (!grouped.has(c.el) && c.score >= THRESHOLD && !(c.box && c.el.maxLength === 1)) {
      targets.push({ inputs: [c.el], score: c.score, index: c.index });
    }
  }
  targets.sort((a, b) => b.score - a.score || a.index - b.index);
  // Only a field the user can see may take a code (checked on code fields alone: it is the costly part).
  return targets.filter((t) => t.inputs.every(isVisibleField)).map(({ inputs, score }) => ({ inputs, score }));
}

/** Consecutive box-like inputs (4 to 8) that sit together: a split code. */
function splitRuns(candidates: Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  const flush = () => {
    if (run.length >= 4 && run.length <= 8) runs.push(run);
    run = [];
  };
  for (const c of candidates) {
    const last = run[run.length - 1];
    if (last && belongTogether(last, c)) run.push(c);
    else {
      flush();
      if (boxLike(c, candidates)) run = [c];
    }
  }
  flush();
  return runs;
}

function boxLike(c: Candidate, all: Candidate[]): boolean {
  if (c.box || narrow(c.el.getBoundingClientRect())) return true;
  const next = all.find((o) => o.index > c.index);
  return next !== undefined && (sameStem(c.el, next.el) || rowMates(c, next));
}

function belongTogether(a: Candidate, b: Candidate): boolean {
  if (!closeRelatives(a.el, b.el)) return false;
  if (a.el.type !== b.el.type) return false;
  if (a.box && b.box) return true;
  if (sameStem(a.el, b.el) || rowMates(a, b)) return true;
  const ra = a.el.getBoundingClientRect();
  return narrow(ra) && Math.abs(ra.width - b.el.getBoundingClientRect().width) < 4;
}

/**
 * Code fields side by side on one row, of one size (e.g. six boxes each marked one-time-code, drawn
 * wide by their kit): the boxes of a split code, however wide.
 */
function rowMates(a: Candidate, b: Candidate): boolean {
  if (a.score < THRESHOLD || b.score < THRESHOLD) return false;
  const ra = a.el.getBoundingClientRect();
  const rb = b.el.getBoundingClientRect();
  return Math.abs(ra.top - rb.top) < 2 && Math.abs(ra.width - rb.width) < 2 && rb.left > ra.left;
}

/** Drawn for one character: narrow, or about as wide as it is tall. */
function narrow(r: DOMRect): boolean {
  return r.width > 0 && (r.width <= 64 || (r.width <= 100 && r.width <= 1.5 * r.height));
}

/** `otp-1` and `otp-2`, `code[0]` and `code[1]`: the same name with a different number at the end. */
function sameStem(a: HTMLInputElement, b: HTMLInputElement): boolean {
  const key = (el: HTMLInputElement) => (el.id || el.name).match(/^(.*?)\d+\]?$/)?.[1];
  const ka = key(a);
  return ka !== undefined && ka === key(b);
}

function closeRelatives(a: Element, b: Element): boolean {
  let pa = a.parentElement;
  // Four levels: kits wrap each box in a few elements of its own (input, affix wrapper, field, group).
  for (let i = 0; i < 4 && pa; i++, pa = pa.parentElement) if (pa.contains(b)) return true;
  return false;
}

function groupScore(run: Candidate[]): number {
  let score = Math.max(...run.map((c) => c.score));
  if (score < THRESHOLD) {
    const container = commonParent(run.map((c) => c.el));
    const near = container && nearbyText(container.firstElementChild ?? container, 2);
    if (container && (STRONG_TEXT.test(near || '') || codeStep(container))) score += 3;
  }
  score += 2;
  if (run.length === 6 || run.length === 8) score += 1;
  return score;
}

function commonParent(els: Element[]): Element | null {
  let parent = els[0]?.parentElement ?? null;
  while (parent && !els.every((el) => parent!.contains(el))) parent = parent.parentElement;
  return parent;
}

/** Top to bottom, then left to right, as drawn on screen. */
function visualOrder(els: HTMLInputElement[]): HTMLInputElement[] {
  const rects = new Map(els.map((el) => [el, el.getBoundingClientRect()]));
  return [...els].sort((a, b) => {
    const ra = rects.get(a)!;
    const rb = rects.get(b)!;
    if (Math.abs(ra.top - rb.top) > Math.min(ra.height, rb.height) / 2) return ra.top - rb.top;
    return ra.left - rb.left;
  });
}
