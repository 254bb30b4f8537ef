/**
 * Finds this frame's inputs, including those inside open shadow roots. Shadow roots are found by
 * one walk of the page, then only in subtrees the page adds later (walking a big page on every
 * change would cost more than it is worth). Closed shadow roots are private to their page;
 * iframes run their own copy of the content script.
 */
const shadowRoots = new Set<ShadowRoot>();
let indexed = false;
let onNewRoot: (root: ShadowRoot) => void = () => undefined;

/** Called with each shadow root found (the content script watches it for changes). */
export function watchShadowRoots(listener: (root: ShadowRoot) => void): void {
  onNewRoot = listener;
}

function index(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow && !shadowRoots.has(shadow)) {
      shadowRoots.add(shadow);
      onNewRoot(shadow);
      index(shadow);
    }
  }
}

/** Looks for shadow roots in nodes the page has just added. */
export function indexAdded(nodes: Iterable<Node>): void {
  if (!indexed) return;
  for (const node of nodes) if (node.nodeType === Node.ELEMENT_NODE) index(node);
}

function ensureIndexed(): void {
  if (indexed) return;
  indexed = true;
  index(document);
}

/** Every input of this frame: the page's own, then those in open shadow roots. */
export function collectInputs(): HTMLInputElement[] {
  ensureIndexed();
  const out = Array.from(document.getElementsByTagName('input'));
  for (const root of shadowRoots) {
    if (root.host.isConnected) out.push(...Array.from(root.querySelectorAll('input')));
    else shadowRoots.delete(root);
  }
  return out;
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const CODE_TYPES = /^(text|tel|number|password)$/;

/** Cheap first check: could this frame hold a code field at all? */
export function mayHaveFields(): boolean {
  const inputs = document.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++) if (CODE_TYPES.test(inputs[i]!.type)) return true;
  ensureIndexed();
  return shadowRoots.size > 0;
}
