/**
 * The chip's looks. The host's inline style (every property reset, then placed, all `!important`)
 * wins over any stylesheet of the page; everything else lives in the closed shadow root.
 */
export function hostStyle(left: number, top: number): string {
  return (
    'all:initial!important;display:block!important;position:fixed!important;z-index:2147483647!important;' +
    `left:${Math.round(left)}px!important;top:${Math.round(top)}px!important;overflow:visible!important`
  );
}

export const CHIP_CSS = `
.chip{box-sizing:border-box;display:flex;flex-wrap:wrap;gap:4px;align-items:center;width:max-content;
  max-width:min(420px,calc(100vw - 4px));padding:3px;border-radius:8px;background:#fff;color:#1b1f24;
  font:12px/1.2 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.25);border:1px solid #c9d1d9}
.notice{flex-basis:100%;margin:2px 4px;color:#57606a}
button{font:inherit;border:0;border-radius:6px;padding:4px 8px;background:#eef3ff;color:#1b3a8a;cursor:pointer;
  max-width:180px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
button.long{white-space:normal;text-align:start;max-width:100%}
button:hover,button:focus-visible{background:#dbe6ff;outline:2px solid #1b3a8a}
button[aria-label=Close]{background:transparent;color:#57606a}
.compact{gap:2px;padding:2px;font-size:11px}
.compact button{padding:3px 6px;max-width:100%}
@media (prefers-color-scheme:dark){.chip{background:#1f242b;color:#e6edf3;border-color:#30363d}
  .notice,button[aria-label=Close]{color:#9da7b3}button{background:#25344f;color:#cfe0ff}}
`;
