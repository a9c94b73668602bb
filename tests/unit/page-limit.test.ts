import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLimit } from '../../src/data/page-limit.ts';

describe('readLimit', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes the variable when set, else the default', () => {
    expect(readLimit('PT_TEST_LIMIT', 1000)).toBe(1000);
    vi.stubEnv('PT_TEST_LIMIT', '');
    expect(readLimit('PT_TEST_LIMIT', 1000)).toBe(1000);
    vi.stubEnv('PT_TEST_LIMIT', '6');
    expect(readLimit('PT_TEST_LIMIT', 1000)).toBe(6);
  });

  it('stops at anything but a positive whole number, naming the variable', () => {
    for (const value of ['0', '-3', '2.5', 'ten'])
      expect(() => {
        vi.stubEnv('PT_TEST_LIMIT', value);
        return readLimit('PT_TEST_LIMIT', 1000);
      }, value).toThrow(`PT_TEST_LIMIT must be a positive whole number, not "${value}"`);
  });
});
