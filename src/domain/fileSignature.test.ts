import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, sniffUploadType, uploadRefusal } from './fileSignature';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

describe('sniffUploadType', () => {
  it('recognises JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffUploadType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffUploadType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe('image/png');
    expect(sniffUploadType(concat(ascii('RIFF'), concat(bytes(0x24, 0, 0, 0), ascii('WEBPVP8 '))))).toBe('image/webp');
    expect(sniffUploadType(ascii('%PDF-1.7\n%âãÏÓ'))).toBe('application/pdf');
  });

  it('refuses text formats whatever their name: HTML, SVG, XML, plain text', () => {
    for (const text of ['<!DOCTYPE html><html><script>alert(1)</script>', '<svg xmlns="http://www.w3.org/2000/svg"/>', '<?xml version="1.0"?><svg/>', 'hello', ' %PDF-1.7']) {
      expect(sniffUploadType(ascii(text)), text).toBeNull();
    }
  });

  it('refuses near misses: a truncated signature, RIFF that is not WebP, PNG without its line endings', () => {
    expect(sniffUploadType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffUploadType(concat(ascii('RIFF'), concat(bytes(0, 0, 0, 0), ascii('WAVEfmt '))))).toBeNull();
    expect(sniffUploadType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0a, 0x0a, 0x1a, 0x0a))).toBeNull();
    expect(sniffUploadType(ascii('%PDF'))).toBeNull();
    expect(sniffUploadType(new Uint8Array(0))).toBeNull();
  });
});

describe('uploadRefusal', () => {
  it('accepts a supported file up to exactly 10 MB and refuses one byte more', () => {
    const atLimit = new Uint8Array(MAX_UPLOAD_BYTES);
    atLimit.set([0xff, 0xd8, 0xff]);
    expect(MAX_UPLOAD_BYTES).toBe(10_485_760);
    expect(uploadRefusal(atLimit)).toBeNull();
    const over = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    over.set([0xff, 0xd8, 0xff]);
    expect(uploadRefusal(over)).toBe('TOO_LARGE');
  });

  it('refuses an empty file and an unsupported type', () => {
    expect(uploadRefusal(new Uint8Array(0))).toBe('EMPTY');
    expect(uploadRefusal(ascii('<svg/>'))).toBe('UNSUPPORTED_TYPE');
  });
});
