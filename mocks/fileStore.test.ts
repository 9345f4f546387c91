import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './fileStore';

describe('the stored files’ base64', () => {
  it('round-trips every byte value, at every length around the chunk boundary', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    for (const length of [0, 1, 2, 3, 4, 3 * 0x4000 - 1, 3 * 0x4000, 3 * 0x4000 + 1, 3 * 0x4000 + 2, 2 * 3 * 0x4000 + 5]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 17) % 256);
      const text = toBase64(bytes);
      expect(text).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
      expect(text.length).toBe(Math.ceil(length / 3) * 4);
      expect(Buffer.compare(fromBase64(text), bytes), `length ${length}`).toBe(0);
    }
  });

  it('is standard base64 (RFC 4648)', () => {
    expect(toBase64(new TextEncoder().encode('Many hands make light work.'))).toBe('TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu');
    expect(toBase64(new Uint8Array([0xff, 0xd8, 0xff]))).toBe('/9j/');
  });
});
