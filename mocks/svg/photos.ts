/**
 * Photos as drawings: the damaged phone (a cracked screen, water drops, or a failed connector) and
 * the intact phone photographed at enrollment, its screen showing the IMEI (`*#06#`).
 * Each drawing varies with the document id, deterministically.
 */
import { createRandom } from '../random';
import type { Peril } from '../../src/domain/adjudication';
import { element, formatJapaneseDate, hashString, svgDocument, text } from './xml';

const WIDTH = 480;
const HEIGHT = 640;
const PHONE = { x: 140, y: 70, width: 200, height: 420 } as const;
const SCREEN = { x: PHONE.x + 12, y: PHONE.y + 22, width: PHONE.width - 24, height: PHONE.height - 44 } as const;

/** What a photo shows about its phone; dates JST `YYYY-MM-DD`. */
export interface PhotoFacts {
  documentId: string;
  model: string;
  /** The day the photo was taken. */
  date?: string;
}

function backdrop(color: string): string {
  return (
    element('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: color }) +
    element('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: 'url(#light)' })
  );
}

function definitions(screenTop: string, screenBottom: string): string {
  const gradient = (id: string, stops: string, attrs: Record<string, string>) => element('linearGradient', { id, ...attrs }, stops);
  return element(
    'defs',
    {},
    gradient('light', element('stop', { offset: '0', 'stop-color': '#fff', 'stop-opacity': '0.35' }) + element('stop', { offset: '1', 'stop-color': '#000', 'stop-opacity': '0.15' }), { x1: '0', y1: '0', x2: '1', y2: '1' }) +
      gradient('screen', element('stop', { offset: '0', 'stop-color': screenTop }) + element('stop', { offset: '1', 'stop-color': screenBottom }), { x1: '0', y1: '0', x2: '0', y2: '1' }),
  );
}

function phoneBody(screen: string): string {
  return (
    element('rect', { x: PHONE.x + 6, y: PHONE.y + 8, width: PHONE.width, height: PHONE.height, rx: 30, fill: '#000', opacity: 0.25 }) +
    element('rect', { x: PHONE.x, y: PHONE.y, width: PHONE.width, height: PHONE.height, rx: 30, fill: '#1d1d1f', stroke: '#8e8e93', 'stroke-width': 3 }) +
    element('rect', { x: SCREEN.x, y: SCREEN.y, width: SCREEN.width, height: SCREEN.height, rx: 20, fill: 'url(#screen)' }) +
    element('rect', { x: PHONE.x + 70, y: PHONE.y + 10, width: 60, height: 8, rx: 4, fill: '#0b0b0c' }) +
    screen
  );
}

function caption(label: string, facts: PhotoFacts): string {
  const when = facts.date ? `撮影日 ${formatJapaneseDate(facts.date)}` : '';
  return (
    element('rect', { x: 0, y: HEIGHT - 110, width: WIDTH, height: 110, fill: '#ffffff', opacity: 0.92 }) +
    text(24, HEIGHT - 72, label, { 'font-size': 22, 'font-weight': 'bold', fill: '#1d1d1f' }) +
    text(24, HEIGHT - 44, facts.model, { 'font-size': 18, fill: '#333' }) +
    text(24, HEIGHT - 18, when, { 'font-size': 15, fill: '#555' })
  );
}

/** Jagged crack lines radiating from an impact point on the screen. */
function crack(seed: string): string {
  const random = createRandom(hashString(seed));
  const cx = SCREEN.x + random.int(40, SCREEN.width - 40);
  const cy = SCREEN.y + random.int(60, SCREEN.height - 120);
  let paths = '';
  const branches = random.int(6, 9);
  for (let b = 0; b < branches; b += 1) {
    const angle = (2 * Math.PI * b) / branches + random.next() * 0.5;
    let x = cx;
    let y = cy;
    let d = `M${cx} ${cy}`;
    for (let step = 0; step < 6; step += 1) {
      const length = random.int(18, 42);
      const wobble = (random.next() - 0.5) * 0.9;
      x = Math.min(SCREEN.x + SCREEN.width, Math.max(SCREEN.x, x + Math.cos(angle + wobble) * length));
      y = Math.min(SCREEN.y + SCREEN.height, Math.max(SCREEN.y, y + Math.sin(angle + wobble) * length));
      d += ` L${x.toFixed(1)} ${y.toFixed(1)}`;
    }
    paths += element('path', { d, fill: 'none', stroke: '#f5f5f7', 'stroke-width': random.int(1, 3), 'stroke-linecap': 'round', opacity: 0.9 });
  }
  return paths + element('circle', { cx, cy, r: 9, fill: '#f5f5f7', opacity: 0.7 });
}

/** Water drops on and around the phone. */
function drops(seed: string): string {
  const random = createRandom(hashString(seed));
  let shapes = element('ellipse', { cx: WIDTH / 2, cy: PHONE.y + PHONE.height + 18, rx: 190, ry: 26, fill: '#4a90d9', opacity: 0.35 });
  for (let i = 0; i < 16; i += 1) {
    const x = random.int(60, WIDTH - 60);
    const y = random.int(40, HEIGHT - 160);
    const r = random.int(6, 16);
    shapes +=
      element('path', { d: `M${x} ${y - r * 1.8} Q${x + r} ${y - r * 0.2} ${x} ${y + r} Q${x - r} ${y - r * 0.2} ${x} ${y - r * 1.8} Z`, fill: '#5aa9f0', opacity: 0.75 }) +
      element('circle', { cx: x - r / 3, cy: y - r / 4, r: r / 4, fill: '#fff', opacity: 0.8 });
  }
  return shapes;
}

/** The bottom connector circled in red, and a "cannot charge" screen. */
function failedConnector(): string {
  const cx = PHONE.x + PHONE.width / 2;
  const cy = PHONE.y + PHONE.height - 6;
  return (
    element('rect', { x: cx - 18, y: cy - 4, width: 36, height: 8, rx: 4, fill: '#3a3a3c' }) +
    element('circle', { cx, cy, r: 34, fill: 'none', stroke: '#e53935', 'stroke-width': 5 }) +
    element('path', { d: `M${cx + 6} ${SCREEN.y + 140} L${cx - 16} ${SCREEN.y + 190} L${cx} ${SCREEN.y + 190} L${cx - 8} ${SCREEN.y + 236} L${cx + 18} ${SCREEN.y + 176} L${cx + 2} ${SCREEN.y + 176} Z`, fill: '#e53935' }) +
    text(cx, SCREEN.y + 280, '充電できません', { 'font-size': 16, fill: '#f5f5f7', 'text-anchor': 'middle' })
  );
}

/** The damaged phone for a claim of `peril` (damage: crack; water: drops; other perils: failed connector). */
export function damagePhotoSvg(facts: PhotoFacts, peril: Peril): string {
  const water = peril === 'water';
  const cracked = peril === 'damage';
  const body =
    definitions(water ? '#0d2b45' : '#111', water ? '#14324f' : '#2c2c2e') +
    backdrop(water ? '#d7e7f5' : '#c8a27a') +
    phoneBody(cracked ? crack(facts.documentId) : '') +
    (water ? drops(facts.documentId) : cracked ? '' : failedConnector()) +
    caption('破損・故障箇所の写真', facts);
  return svgDocument(WIDTH, HEIGHT, `破損写真 ${facts.model}`, body);
}

/** The intact phone at enrollment, its screen showing the IMEI as `*#06#` displays it. */
export function enrollmentPhotoSvg(facts: PhotoFacts & { imei: string }): string {
  const cx = SCREEN.x + SCREEN.width / 2;
  const screen =
    text(cx, SCREEN.y + 60, '*#06#', { 'font-size': 18, fill: '#8e8e93', 'text-anchor': 'middle' }) +
    text(cx, SCREEN.y + 150, 'IMEI', { 'font-size': 20, 'font-weight': 'bold', fill: '#1d1d1f', 'text-anchor': 'middle' }) +
    text(cx, SCREEN.y + 182, facts.imei, { 'font-size': 15, fill: '#1d1d1f', 'text-anchor': 'middle', 'font-family': 'monospace' }) +
    element('rect', { x: cx - 40, y: SCREEN.y + 220, width: 80, height: 32, rx: 8, fill: '#0a84ff' }) +
    text(cx, SCREEN.y + 242, 'OK', { 'font-size': 15, fill: '#fff', 'text-anchor': 'middle' });
  const body = definitions('#f2f2f7', '#e5e5ea') + backdrop('#e8e2d6') + phoneBody(screen) + caption('加入時のスマートフォン写真', facts);
  return svgDocument(WIDTH, HEIGHT, `加入時写真 ${facts.model}`, body);
}
