import { describe, expect, it } from 'vitest';
import { CODE_TYPE, MAYBE_CODE } from './gate';

/** Every keyword of the HTML `type` attribute of <input>; anything else (or none) means text. */
const INPUT_TYPES = (
  'hidden text search tel url email password date month week time datetime-local number range color checkbox ' +
  'radio file submit image reset button'
).split(' ');

describe('gate selector for inputs of a code type', () => {
  const excluded = [...MAYBE_CODE.matchAll(/\[type=([a-z-]+) i\]/g)].map((m) => m[1]);

  it('leaves out exactly the input types the gate turns away', () => {
    expect(MAYBE_CODE.startsWith('input:not(')).toBe(true);
    expect(excluded.sort()).toEqual(INPUT_TYPES.filter((t) => !CODE_TYPE.test(t)).sort());
  });

  it('keeps text, tel, number and password, so a missing or unknown type (text) still matches', () => {
    for (const t of ['text', 'tel', 'number', 'password']) expect(excluded).not.toContain(t);
  });
});
