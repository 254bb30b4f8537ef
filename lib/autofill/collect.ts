/**
 * Finds this frame's inputs, including those inside open shadow roots. Shadow roots are looked for
 * on custom elements, once over the page, then only in subtrees the page adds later (walking a big
 * page on every change would cost more than it is worth); a shadow root on a built-in element is
 * found when the user focuses into it. Closed shadow roots are private to their page; iframes run
 * their own copy of the content script.
 */
const shadowRoots = new Set<ShadowRoot>();
let indexed = false;
let onNewRoot: (root: ShadowRoot) => void = () => undefined;

/** Called with each shadow root found (the content script watches it for changes). */
export function watchShadowRoots(listener: (root: ShadowRoot) => void): void {
  onNewRoot = listener;
}

/** Custom elements (a hyphen in the name) host nearly all shadow roots; XPath finds them natively. */
const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";

function index(root: Node): void {
  const hosts: Element[] = root instanceof Element && root.localName.includes('-') ? [root] : [];
  if (root instanceof ShadowRoot) {
    // Shadow trees are small, and XPath does not take a shadow root as its context.
    hosts.push(...Array.from(root.querySelectorAll('*')).filter((el) => el.shadowRoot));
  } else {
    const found = document.evaluate(CUSTOM_ELEMENTS, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let i = 0; i < found.snapshotLength; i++) hosts.push(found.snapshotItem(i) as Element);
  }
  for (const host of hosts) {
    const shadow = host.shadowRoot;
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
  for (const node of nodes) if (node.nodeType === Node.ELEMENT_NODE && node.isConnected) index(node);
}

/** Remembers the shadow root an event came out of (focus into a shadow root on a built-in element). */
export function indexFrom(event: Event): void {
  for (const node of event.composedPath()) {
    if (node instanceof ShadowRoot && !shadowRoots.has(node)) {
      shadowRoots.add(node);
      onNewRoot(node);
    }
  }
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
