import { describe, expect, it } from 'vitest';
import { passwordStrength } from './strength';

describe('passwordStrength', () => {
  it('grades from too short to very strong', () => {
    expect(passwordStrength('abc').label).toBe('Too short');
    expect(passwordStrength('password123').label).toBe('Weak');
    expect(passwordStrength('aaaaaaaaaaaa').label).toBe('Weak');
    expect(passwordStrength('Tr0ub4dor&3x').score).toBeGreaterThanOrEqual(2);
    expect(passwordStrength('correct horse battery staple').label).toMatch(/Strong|Very strong/);
    expect(passwordStrength('k#9Vq!2zLm@7Xw$4Rt^8').label).toBe('Very strong');
  });
});
