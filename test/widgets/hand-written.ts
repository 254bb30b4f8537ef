/**
 * Hand-written code forms as sites write them without a library. Each keeps its own state (what it
 * would submit) and mirrors it into <output id="state">.
 */

const SIX = [0, 1, 2, 3, 4, 5];

function page(title: string, body: string, script: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Two-factor authentication</title></head><body>
<!-- ${title} -->
<main><h1>Two-factor authentication</h1>${body}<output id="state"></output></main>
<script>${script}</script></body></html>`;
}

/**
 * Auto-advance, like many banks': each box takes one character and moves focus on; the form's own
 * state only counts input into the box that has focus.
 */
export const AUTO_ADVANCE_PAGE = page(
  'Auto-advance',
  `<form id="f"><p>Enter the security code we sent you</p><div id="boxes">
${SIX.map((i) => `<input data-i="${i}" inputmode="numeric" maxlength="1" aria-label="Digit ${i + 1}" style="width:2em">`).join('')}
</div></form>`,
  `const boxes = [...document.querySelectorAll('#boxes input')];
  const state = ['', '', '', '', '', ''];
  let active = -1;
  boxes.forEach((box, i) => {
    box.addEventListener('focus', () => { active = i; });
    box.addEventListener('input', () => {
      if (active !== i) { box.value = state[i]; return; }
      const ch = box.value.slice(-1).replace(/\\D/g, '');
      box.value = ch;
      state[i] = ch;
      document.getElementById('state').textContent = state.join('');
      if (ch && boxes[i + 1]) boxes[i + 1].focus();
    });
  });`,
);

/**
 * Six plain text boxes with no attributes at all, under a heading that asks for the code: a paste
 * (or any input of several characters) is spread over the boxes from the one it lands in.
 */
export const PASTE_SPREAD_PAGE = page(
  'Paste-spreading',
  `<form><p>Enter the 6-digit code from your authenticator app</p>
<div id="boxes" style="display:flex;gap:6px">${SIX.map(() => '<input type="text" style="width:36px">').join('')}</div></form>`,
  `const boxes = [...document.querySelectorAll('#boxes input')];
  const state = ['', '', '', '', '', ''];
  const spread = (from, text) => {
    const chars = text.replace(/\\D/g, '').split('');
    chars.forEach((c, k) => { if (boxes[from + k]) { boxes[from + k].value = c; state[from + k] = c; } });
    if (chars.length === 0) { boxes[from].value = ''; state[from] = ''; }
    boxes[Math.min(from + chars.length, boxes.length - 1)].focus();
    document.getElementById('state').textContent = state.join('');
  };
  boxes.forEach((box, i) => {
    box.addEventListener('paste', (e) => { e.preventDefault(); spread(i, e.clipboardData.getData('text')); });
    box.addEventListener('input', () => spread(i, box.value));
  });`,
);

/**
 * Server-rendered, Livewire-style: the server's HTML, then a small script that sends each change
 * to the "server" and replaces the boxes with the HTML it answers (new elements each time), as
 * `wire:model.live` components do.
 */
export const SERVER_RENDERED_PAGE = page(
  'Server-rendered',
  `<form wire:submit="verify"><p>Please confirm access to your account by entering the authentication code provided by your authenticator application.</p>
<div id="component" wire:id="two-factor">${SIX.map((i) => `<input type="text" name="code[${i}]" wire:model.live="code.${i}" maxlength="1" style="width:2em">`).join('')}</div>
<button>Confirm</button></form>`,
  `const component = document.getElementById('component');
  const server = ['', '', '', '', '', ''];
  const render = (focus) => {
    component.innerHTML = server.map((v, i) =>
      '<input type="text" name="code[' + i + ']" wire:model.live="code.' + i + '" maxlength="1" style="width:2em" value="' + v + '">').join('');
    document.getElementById('state').textContent = server.join('');
    if (focus !== undefined) component.children[Math.min(focus, 5)].focus();
  };
  component.addEventListener('input', (e) => {
    const i = Number(e.target.name.match(/\\d/)[0]);
    const value = e.target.value.replace(/\\D/g, '').slice(-1);
    setTimeout(() => { server[i] = value; render(value ? i + 1 : i); }, 40);
  });
  setTimeout(() => render(), 300);`,
);
