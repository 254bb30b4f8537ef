import { describe, expect, it } from 'vitest';
import { codeShown, rowsVisible } from './codes-visible';

const marks = () => performance.getEntriesByName('otpilot:codes-visible').length;

describe('codes-visible mark', () => {
  it('is set once, when every row on screen has shown its code', () => {
    performance.clearMarks();
    codeShown('a'); // shown before the list reported: counts
    rowsVisible(['a', 'b', 'c']);
    expect(marks()).toBe(0);
    codeShown('b');
    expect(marks()).toBe(0);
    codeShown('c');
    expect(marks()).toBe(1);
    rowsVisible(['d']);
    codeShown('d');
    expect(marks()).toBe(1);
  });
});
