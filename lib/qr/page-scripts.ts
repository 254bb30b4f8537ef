/**
 * Functions injected into a page with `browser.scripting.executeScript` under the activeTab grant.
 * They are serialised on their own: no imports, no outer variables.
 */

/** The area a user dragged, in CSS pixels of the viewport, with the viewport's size to scale a capture. */
export interface SelectedRegion {
  x: number;
  y: number;
  width: number;
  height: number;
  viewportWidth: number;
  viewportHeight: number;
}

/**
 * Covers the page with a dimmed layer, lets the user drag a rectangle, removes the layer and
 * answers the rectangle once the page has repainted without it (null: Escape or a click without a drag).
 */
export function selectRegionInPage(prompt: string): Promise<SelectedRegion | null> {
  return new Promise((resolve) => {
    // A selection started earlier (and abandoned) gives way to this one.
    document.querySelectorAll('[data-otpilot-region-select]').forEach((el) => el.remove());
    const host = document.createElement('div');
    host.setAttribute('data-otpilot-region-select', '');
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = `<style>
      .layer{position:fixed;inset:0;z-index:2147483647;cursor:crosshair;background:rgba(0,0,0,.35);user-select:none}
      .hint{position:fixed;top:12px;left:50%;transform:translateX(-50%);background:#111;color:#fff;font:14px system-ui,sans-serif;padding:8px 12px;border-radius:6px;pointer-events:none}
      .box{position:fixed;border:2px solid #3b82f6;background:rgba(59,130,246,.12);display:none;pointer-events:none}
    </style><div class="layer" role="dialog" aria-label="Select the QR code"><div class="hint"></div><div class="box"></div></div>`;
    const layer = root.querySelector('.layer') as HTMLDivElement;
    const box = root.querySelector('.box') as HTMLDivElement;
    (root.querySelector('.hint') as HTMLDivElement).textContent = prompt;
    let start: { x: number; y: number } | null = null;
    let rect = { x: 0, y: 0, width: 0, height: 0 };

    const finish = (result: SelectedRegion | null) => {
      document.removeEventListener('keydown', onKey, true);
      host.remove();
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(result), 50)));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        finish(null);
      }
    };
    layer.addEventListener('pointerdown', (e) => {
      start = { x: e.clientX, y: e.clientY };
      layer.setPointerCapture(e.pointerId);
    });
    layer.addEventListener('pointermove', (e) => {
      if (!start) return;
      rect = {
        x: Math.min(start.x, e.clientX),
        y: Math.min(start.y, e.clientY),
        width: Math.abs(e.clientX - start.x),
        height: Math.abs(e.clientY - start.y),
      };
      Object.assign(box.style, {
        display: 'block',
        left: `${rect.x}px`,
        top: `${rect.y}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
    });
    layer.addEventListener('pointerup', () => {
      if (!start) return;
      start = null;
      if (rect.width < 8 || rect.height < 8) return finish(null);
      finish({ ...rect, viewportWidth: window.innerWidth, viewportHeight: window.innerHeight });
    });
    document.addEventListener('keydown', onKey, true);
    document.documentElement.append(host);
  });
}

/** Reads an image URL from inside the page (blob: URLs and images only the page may fetch) as a data URL. */
export async function readImageInPage(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { credentials: 'include' });
    if (!response.ok) return null;
    const blob = await response.blob();
    return await new Promise<string | null>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(blob);
    });
  } catch {
    return null;
  }
}

/**
 * Finds the image with this URL in the page, scrolls it into view and answers where it shows, in
 * CSS pixels of the viewport (null: not found or not visible).
 */
export async function locateImageInPage(url: string): Promise<SelectedRegion | null> {
  const images = [...document.querySelectorAll('img')].filter((img) => img.currentSrc === url || img.src === url);
  const visible = images.find((img) => img.getBoundingClientRect().width > 0 && img.getBoundingClientRect().height > 0);
  if (!visible) return null;
  visible.scrollIntoView({ block: 'center', inline: 'center' });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const r = visible.getBoundingClientRect();
  const x = Math.max(0, r.left);
  const y = Math.max(0, r.top);
  const width = Math.min(window.innerWidth, r.right) - x;
  const height = Math.min(window.innerHeight, r.bottom) - y;
  if (width <= 0 || height <= 0) return null;
  return { x, y, width, height, viewportWidth: window.innerWidth, viewportHeight: window.innerHeight };
}
