/**
 * Small helpers for writing SVG by hand: every piece of text goes through `escapeXml`, so a name
 * such as `<script>` or `A&B` stays text. Amounts are yen, dates JST calendar dates `YYYY-MM-DD`.
 */
import { parseIsoDate, type IsoDate } from '../../src/domain/dates';
import type { Yen } from '../../src/domain/money';

/** `value` with `& < > " '` replaced by XML entities (safe in text and attribute values). */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values, escaped; undefined values are left out. */
export type Attributes = Record<string, string | number | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** An element with escaped attributes and already-built children (`children` is NOT escaped). */
export function element(name: string, attrs: Attributes, children = ''): string {
  return children === '' ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${children}</${name}>`;
}

/** A `<text>` element at (x, y) whose content is escaped. */
export function text(x: number, y: number, content: string, attrs: Attributes = {}): string {
  return element('text', { x, y, ...attrs }, escapeXml(content) || ' ');
}

/** Fonts that render Japanese on macOS, Windows and Linux. */
export const JAPANESE_FONTS = "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Yu Gothic', Meiryo, sans-serif";

/** A whole SVG document of `width` × `height` user units around `body`. */
export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    element(
      'svg',
      { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': JAPANESE_FONTS },
      element('title', {}, escapeXml(title)) + body,
    )
  );
}

/** `99000` → `¥99,000` (integer yen, no locale data needed). */
export function formatYen(amount: Yen): string {
  return `¥${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** `2026-06-03` → `2026年6月3日`; anything else is returned as is. */
export function formatJapaneseDate(date: IsoDate): string {
  const parts = parseIsoDate(date);
  return parts ? `${parts.year}年${parts.month}月${parts.day}日` : date;
}

/** A stable 32-bit hash of `value` (FNV-1a), to vary drawings deterministically per document. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
