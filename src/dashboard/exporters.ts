/**
 * Downloads of a chart: its data as CSV (UTF-8 with a BOM, so Excel reads Japanese) and its picture
 * as PNG, drawn from the chart's SVG on a canvas with the title and the legend (recharts draws its
 * legend in HTML, outside the SVG). Own small code, no dependency.
 */

/** One CSV field: quoted when it holds a comma, a quote or a line break; null is empty. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text (RFC 4180, CRLF) of `header` and `rows`. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Offers `blob` as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Downloads `csv` as `fileName` (with a BOM for Excel). */
export function downloadCsv(csv: string, fileName: string): void {
  downloadBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A file name from a title: spaces and slashes become hyphens. */
export function fileNameOf(title: string, extension: string): string {
  return `${title.replace(/[\s/\\:*?"<>|]+/g, '-')}.${extension}`;
}

/** What the PNG shows around the chart. */
export interface PictureFrame {
  title: string;
  subtitle?: string;
  legend: readonly { label: string; color: string }[];
  fontFamily: string;
}

const SCALE = 2;
const PAD = 16;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn'));
    image.src = url;
  });
}

/**
 * Draws `svg` (a recharts surface) with `frame`'s title, subtitle and legend on a white canvas at
 * twice the size, and resolves with the PNG.
 */
export async function chartPng(svg: SVGSVGElement, frame: PictureFrame): Promise<Blob> {
  // recharts sizes its surface with CSS (width 100%): the laid-out box is the size to draw.
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 600;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 300;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', svg.getAttribute('viewBox') ?? `0 0 ${width} ${height}`);
  clone.setAttribute('style', `font-family: ${frame.fontFamily}; font-size: 12px; background: #fff`);
  const svgUrl = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(svgUrl);
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas');
    context.font = `12px ${frame.fontFamily}`;
    const legendRows = layOutLegend(frame.legend, width, (text) => context.measureText(text).width);
    const header = frame.subtitle ? 48 : 32;
    const legendHeight = legendRows.length * LEGEND_ROW;
    canvas.width = (width + PAD * 2) * SCALE;
    canvas.height = (height + header + legendHeight + PAD * 2 + 8) * SCALE;
    context.scale(SCALE, SCALE);
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width + PAD * 2, height + header + legendHeight + PAD * 2 + 8);
    context.fillStyle = '#000';
    context.textBaseline = 'top';
    context.font = `bold 16px ${frame.fontFamily}`;
    context.fillText(frame.title, PAD, PAD);
    if (frame.subtitle) {
      context.font = `12px ${frame.fontFamily}`;
      context.fillStyle = '#444';
      context.fillText(frame.subtitle, PAD, PAD + 22);
    }
    context.drawImage(image, PAD, PAD + header, width, height);
    context.font = `12px ${frame.fontFamily}`;
    legendRows.forEach((row, index) => {
      const y = PAD + header + height + 8 + index * LEGEND_ROW;
      for (const item of row) {
        context.fillStyle = item.color;
        context.fillRect(PAD + item.x, y + 1, 12, 12);
        context.fillStyle = '#000';
        context.fillText(item.label, PAD + item.x + 16, y);
      }
    });
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}

const LEGEND_ROW = 20;

/** Legend items placed left to right, wrapping at `width`: rows of `{ label, color, x }`. */
export function layOutLegend(
  legend: readonly { label: string; color: string }[],
  width: number,
  measure: (text: string) => number,
): { label: string; color: string; x: number }[][] {
  const rows: { label: string; color: string; x: number }[][] = [];
  let row: { label: string; color: string; x: number }[] = [];
  let x = 0;
  for (const item of legend) {
    const itemWidth = 16 + measure(item.label) + 16;
    if (x > 0 && x + itemWidth > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ ...item, x });
    x += itemWidth;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
