/**
 * Finds every input of this frame, in document order, including those inside open shadow roots.
 * (Closed shadow roots are private to their page; iframes run their own copy of the content script.)
 */
export function collectInputs(root: Document | ShadowRoot = document): HTMLInputElement[] {
  const out: HTMLInputElement[] = [];
  walk(root, out);
  return out;
}

function walk(root: Document | ShadowRoot, out: HTMLInputElement[]): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.localName === 'input') out.push(el as HTMLInputElement);
    if (el.shadowRoot) walk(el.shadowRoot, out);
  }
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Cheap first check: could this frame hold a code field at all? */
export function mayHaveFields(): boolean {
  if (document.getElementsByTagName('input').length > 0) return true;
  // Inputs can hide in shadow roots, whose hosts are usually custom elements.
  return document.querySelector(':not(:defined)') !== null || hasShadowHosts();
}

function hasShadowHosts(): boolean {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) return true;
  }
  return false;
}
