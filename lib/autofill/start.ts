import { REJECT_WINDOW_MS } from '@/lib/fill-policy/reject-window';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { hideChip, isChip, showChip, type ChipOptions } from './chip';
import { deepActiveElement, indexAdded, indexFrom, mayHaveFields, watchShadowRoots } from './collect';
import { detectAll, type CodeTarget } from './detect';
import { fillCode, untouchedByUser } from './fill';
import { EXCLUDED, isFillable, scoreField } from './signals';
import { DOC, offerPushed, onIdentifierChange, rememberChip } from './pushed';
import { showsFramesFrom, wakeTopPage } from './frame-judge';
import { watchFrame } from './frame-seen';
import { FRAME_CHECK } from './gate';
import { isVisibleField } from './visibility';

/**
 * The content script's whole job, in every http(s) frame: find code fields (cheaply, at idle
 * time, again when the page changes), then fill them (exactly one matching account, auto-fill on)
 * or offer the inline chip. The background only ever sends codes, never secrets.
 */

/** Inputs already offered a code, so that page changes do not ask twice. */
const offered = new WeakSet<HTMLInputElement>();
let lastContextTarget: HTMLInputElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

let listening = false;

/**
 * Hears fill requests (context menu, shortcut, popup). Touching the extension APIs costs a few
 * milliseconds per frame, so this waits until the frame has a code field or the user is in an input.
 */
function listen(): void {
  if (listening) return;
  listening = true;
  onMessage('autofillFill', ({ data }) =>
    // The code was chosen for this frame's origin (and, for a pushed code, this document): else it is not ours.
    data?.origin === location.origin && (data.doc === undefined || data.doc === DOC)
      ? fillOnRequest(typeof data.code === 'string' ? data.code : '', data.onlyDetected === true)
      : { filled: false },
  );
  onMessage('syncOffer', ({ data }) => ({ shown: data?.doc === DOC && offerPushed(data.pushed, data.links) }));
  onMessage('autofillJudgeFrames', ({ data }) => ({
    seen: typeof data?.origin === 'string' && showsFramesFrom(data.origin),
  }));
}

/** A subframe asks whether this (top) page shows it: the background asks here, so be listening. */
function onFrameCheck(event: MessageEvent): void {
  if (event.data === FRAME_CHECK) listen();
}

/** A subframe asks its page (through the background) whether the page shows it. */
async function askPage(): Promise<boolean> {
  wakeTopPage();
  const answer = await sendMessage('autofillFrameCheck', { url: location.href }).catch(() => null);
  return answer?.seen === true;
}

export function startAutofill(): void {
  if (!/^https?:$/.test(location.protocol)) return;
  // Loaded because the user is working in an input: be ready for the context menu or shortcut.
  const wake = (globalThis as { __otpilotWake?: string }).__otpilotWake;
  if (wake === 'user' || wake === 'frames') listen();
  if (window === window.top) addEventListener('message', onFrameCheck);
  document.addEventListener('contextmenu', onContextMenu, true);
  document.addEventListener('focusin', onFocus, true);
  document.addEventListener('change', onIdentifierChange, true);
  const observer = new MutationObserver(onMutations);
  const watch = (root: Document | ShadowRoot) => observer.observe(root, OBSERVED);
  watchShadowRoots(watch);
  watch(document);
  // A frame its parent page hides has no field to fill; look again when it comes into sight.
  watchFrame(() => schedule(0), askPage);
  schedule(0);
}

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['style', 'class', 'hidden', 'disabled', 'readonly', 'type'],
};
let added: Node[] = [];

function onMutations(records: MutationRecord[]): void {
  if (records.every((r) => isChip(r.target))) return;
  for (const r of records) if (r.addedNodes.length > 0) added.push(...Array.from(r.addedNodes));
  schedule(250);
}

/** Debounced, then at idle time: never in the way of the page's own work. */
function schedule(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(scan, { timeout: 1000 });
    else scan();
  }, delay);
}

function scan(): void {
  indexAdded(added);
  added = [];
  if (!mayHaveFields()) return;
  const target = detectAll()[0];
  if (!target || target.inputs.some((el) => offered.has(el))) return;
  listen();
  target.inputs.forEach((el) => offered.add(el));
  // A new code field this soon after an automatic fill: the site refused that code.
  void reportRejection().then(() => offer(target));
}

/** The last automatic fill, watched for REJECT_WINDOW_MS for signs that the site refused the code. */
let lastAutoFill: { inputs: HTMLInputElement[]; at: number } | null = null;

function watchForRejection(inputs: HTMLInputElement[]): void {
  const fill = (lastAutoFill = { inputs, at: Date.now() });
  const timer = setInterval(() => {
    if (lastAutoFill !== fill || Date.now() - fill.at > REJECT_WINDOW_MS) clearInterval(timer);
    else if (inputs.every((el) => el.isConnected && el.value === '')) void reportRejection();
  }, 300);
}

/** Tells the background (once per automatic fill) that the site refused the code it just filled. */
async function reportRejection(): Promise<void> {
  if (!lastAutoFill || Date.now() - lastAutoFill.at > REJECT_WINDOW_MS) return;
  lastAutoFill = null;
  await sendMessage('autofillRejected', { url: location.href }).catch(() => undefined);
}

/** The user is in a detected code field: the shortcut and the popup's Fill prefer this frame. */
function reportFocus(): void {
  void sendMessage('autofillFocus', { url: location.href }).catch(() => undefined);
}

function onFocus(event: FocusEvent): void {
  const el = event.composedPath()[0];
  if (!(el instanceof HTMLInputElement)) return;
  listen();
  if (!offered.has(el)) {
    indexFrom(event);
    schedule(0);
    return;
  }
  reportFocus();
  const target = detectAll().find((t) => t.inputs.includes(el));
  if (target && untouchedByUser(target.inputs) && target.inputs.every((i) => i.value === '')) void offer(target);
}

function onContextMenu(event: MouseEvent): void {
  const el = event.composedPath()[0];
  lastContextTarget = el instanceof HTMLInputElement ? el : null;
  if (lastContextTarget) listen();
}

/**
 * Inputs with an offer under way. Our own fill focuses the field, and that focus must not start a second
 * offer: the background would take the second automatic request as a sign the first code was refused.
 */
const offering = new WeakSet<HTMLInputElement>();

/** Runs `run` with `inputs` marked as ours (those not marked already), so that focus moved meanwhile offers nothing. */
async function asOurs<T>(inputs: HTMLInputElement[], run: () => Promise<T>): Promise<T> {
  const ours = inputs.filter((el) => !offering.has(el));
  ours.forEach((el) => offering.add(el));
  try {
    return await run();
  } finally {
    ours.forEach((el) => offering.delete(el));
  }
}

/** Auto-fill when the background says exactly one account matches; otherwise show the chip. */
async function offer(target: CodeTarget): Promise<void> {
  if (!untouchedByUser(target.inputs) || target.inputs.some((el) => offering.has(el))) return;
  await asOurs(target.inputs, () => offerNow(target));
}

/** Fills `inputs` without the focus it moves starting an offer of its own. */
const fillHere = (inputs: HTMLInputElement[], code: string) => asOurs(inputs, () => fillCode(inputs, code));

async function offerNow(target: CodeTarget): Promise<void> {
  const url = location.href;
  const answer = await sendMessage('autofillQuery', { url }).catch(() => null);
  // No vault account for this page: it may wait for a code pushed to Skyvern (the background decides).
  if (answer && answer.matches.length === 0) {
    const visible = target.inputs.length > 0 && target.inputs.every(isVisibleField);
    await sendMessage('syncWaiting', { url, visible, doc: DOC }).catch(() => undefined);
  }
  if (!answer || (answer.empty && !answer.locked)) return;
  const active = deepActiveElement();
  if (active instanceof HTMLInputElement && target.inputs.includes(active)) reportFocus();
  // `pick`: the user's click in the chip; without it the background treats the request as automatic.
  const fill = async (accountId: string, pick: boolean) => {
    const reply = await sendMessage('autofillCode', { url, accountId, pick }).catch(() => null);
    if (!reply?.ok) return false;
    const fresh = target.inputs.every((el) => el.isConnected) ? target : detectAll()[0];
    const filled = fresh ? await fillHere(fresh.inputs, reply.code) : false;
    if (filled) hideChip();
    if (filled && !pick) watchForRejection(fresh!.inputs);
    return filled;
  };
  if (!answer.locked && answer.autoFill && answer.matches.length === 1) {
    if (await fill(answer.matches[0]!.id, false)) return;
  }
  if (!target.inputs.every((el) => el.isConnected && el.value === '')) return;
  const options: ChipOptions = {
    locked: answer.locked,
    matches: answer.matches,
    ...(answer.thirdParty && { thirdParty: answer.thirdParty }),
    ...(answer.notice && { notice: answer.notice }),
    onPick: (id) => void fill(id, true),
    onOpenPopup: () => void sendMessage('autofillOpenPopup', undefined).catch(() => undefined),
  };
  rememberChip(target, options);
  showChip(target.inputs[target.inputs.length - 1]!, options);
}

/**
 * The background sent this frame a code (context menu, shortcut, popup button, a pushed code): fill the
 * right-clicked or focused field's group, else the best one.
 */
async function fillOnRequest(code: string, onlyDetected = false): Promise<{ filled: boolean }> {
  const detected = onlyDetected ? detectAll()[0]?.inputs : undefined;
  const inputs = !/^[0-9A-Za-z]{4,10}$/.test(code)
    ? null
    : onlyDetected
      ? detected && detected.length > 0 && detected.every(isVisibleField)
        ? detected
        : null
      : pickInputs();
  const filled = inputs ? await fillHere(inputs, code) : false;
  if (filled) hideChip();
  return { filled };
}

function pickInputs(): HTMLInputElement[] | null {
  const targets = detectAll();
  const chosen = lastContextTarget ?? deepActiveElement();
  lastContextTarget = null;
  if (chosen instanceof HTMLInputElement) {
    const group = targets.find((t) => t.inputs.includes(chosen));
    if (group) return group.inputs;
    if (isFillable(chosen) && scoreField(chosen).score > EXCLUDED) return [chosen];
  }
  return targets[0]?.inputs ?? null;
}
