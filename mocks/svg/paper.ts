/**
 * Paper documents as drawings: the repair estimate (修理見積書), the repair receipt (領収書) and the
 * police report notice (盗難届・遺失届 受理番号). They show what an adjuster checks: shop, date,
 * model, IMEI, phone number and amounts (integer yen; dates JST `YYYY-MM-DD`).
 */
import type { Peril } from '../../src/domain/adjudication';
import type { Yen } from '../../src/domain/money';
import { element, formatJapaneseDate, formatYen, hashString, svgDocument, text } from './xml';

const WIDTH = 600;
const HEIGHT = 840;
const LEFT = 60;
const RIGHT = WIDTH - 60;

/** What is written on a paper document. */
export interface PaperFacts {
  documentId: string;
  holderName: string;
  /** The policyholder's phone number, as the page asks the shop to write it. */
  phone: string;
  model: string;
  /** The IMEI written on the document (on an estimate: the one the shop read off the phone). */
  imei?: string;
  shop?: string;
  /** Issue date (JST). */
  date?: string;
  amount?: Yen;
  peril: Peril;
  repairable: boolean;
  description: string;
  policeReportNumber?: string;
}

const SHOP_ADDRESSES: Readonly<Record<string, string>> = {
  'スマホ修理工房 渋谷店': '東京都渋谷区道玄坂2-10-7',
  'リペアスタジオ 新宿': '東京都新宿区西新宿1-18-2',
  'モバイルドクター 池袋': '東京都豊島区南池袋1-21-5',
  'iRepair Lab 梅田': '大阪府大阪市北区芝田1-4-3',
  'スマホクリニック 名古屋栄': '愛知県名古屋市中区栄3-5-12',
  'データ復旧センター 秋葉原': '東京都千代田区外神田3-12-8',
};
const POLICE_STATIONS = ['警視庁 新宿警察署', '警視庁 渋谷警察署', '大阪府警察 曽根崎警察署', '神奈川県警察 横浜駅前交番'];

function paper(title: string, body: string): string {
  return svgDocument(
    WIDTH,
    HEIGHT,
    title,
    element('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: '#d9d4cc' }) +
      element('rect', { x: 24, y: 20, width: WIDTH - 40, height: HEIGHT - 36, fill: '#8a8a8a', opacity: 0.35 }) +
      element('rect', { x: 18, y: 14, width: WIDTH - 40, height: HEIGHT - 36, fill: '#fffdf8', stroke: '#cfc8bb' }) +
      text(WIDTH / 2, 92, title, { 'font-size': 32, 'font-weight': 'bold', 'text-anchor': 'middle', 'letter-spacing': 8, fill: '#222' }) +
      element('line', { x1: WIDTH / 2 - 130, y1: 106, x2: WIDTH / 2 + 130, y2: 106, stroke: '#222', 'stroke-width': 2 }) +
      body,
  );
}

/** Splits `value` into lines of at most `width` full-width characters (a half-width one counts 0.55). */
export function wrapText(value: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of value) {
    const w = (char.codePointAt(0) ?? 0) <= 0xff ? 0.55 : 1;
    if (used + w > width && line !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += w;
  }
  return [...lines, line];
}

/** Label/value rows from `y`, 34 units apart; a long value wraps onto a second line (then "…"). */
function rows(y: number, entries: readonly (readonly [string, string])[]): { svg: string; end: number } {
  let top = y;
  let out = '';
  for (const [label, value] of entries) {
    const wrapped = wrapText(value, 20);
    const lines = wrapped.length > 2 ? [wrapped[0] ?? '', `${(wrapped[1] ?? '').slice(0, -1)}…`] : wrapped;
    out += text(LEFT, top, label, { 'font-size': 16, fill: '#555' });
    lines.forEach((line, i) => {
      out += text(LEFT + 130, top + i * 24, line, { 'font-size': 17, fill: '#111' });
    });
    const bottom = top + (lines.length - 1) * 24 + 10;
    out += element('line', { x1: LEFT, y1: bottom, x2: RIGHT, y2: bottom, stroke: '#ddd' });
    top = bottom + 24;
  }
  return { svg: out, end: top - 24 };
}

/** The issuer block with a red seal (印). */
function issuer(y: number, name: string, address: string): string {
  const seal = name.replace(/\s/g, '').slice(0, 2);
  return (
    text(RIGHT - 60, y, name, { 'font-size': 18, 'font-weight': 'bold', 'text-anchor': 'end', fill: '#111' }) +
    text(RIGHT - 60, y + 26, address, { 'font-size': 14, 'text-anchor': 'end', fill: '#444' }) +
    element('circle', { cx: RIGHT - 12, cy: y - 4, r: 26, fill: 'none', stroke: '#d32f2f', 'stroke-width': 3, opacity: 0.85 }) +
    text(RIGHT - 12, y + 3, seal, { 'font-size': 16, 'text-anchor': 'middle', fill: '#d32f2f', opacity: 0.85 })
  );
}

function header(facts: PaperFacts, numberLabel: string): string {
  return (
    text(RIGHT, 148, `発行日 ${facts.date ? formatJapaneseDate(facts.date) : '—'}`, { 'font-size': 15, 'text-anchor': 'end', fill: '#333' }) +
    text(RIGHT, 172, `${numberLabel} ${String(hashString(facts.documentId) % 1_000_000).padStart(6, '0')}`, { 'font-size': 15, 'text-anchor': 'end', fill: '#333' }) +
    text(LEFT, 170, `${facts.holderName} 様`, { 'font-size': 22, fill: '#111' }) +
    element('line', { x1: LEFT, y1: 180, x2: LEFT + 260, y2: 180, stroke: '#111' })
  );
}

/** Splits a total into parts and labour that add up exactly to it. */
function breakdown(total: Yen): [Yen, Yen] {
  const parts = Math.floor((total * 0.65) / 10) * 10;
  return [parts, total - parts];
}

/** 修理見積書: model, IMEI, phone, symptom, the items and the total (tax included). */
export function repairEstimateSvg(facts: PaperFacts): string {
  const total = facts.amount ?? 0;
  const [parts, labour] = breakdown(total);
  const items: [string, Yen][] = !facts.repairable
    ? [['調査・点検費用（修理不能）', total]]
    : facts.peril === 'data_recovery'
      ? [['データ復旧作業一式', total]]
      : [['交換部品代', parts], ['修理技術料', labour]];
  const details = rows(262, [
    ['機種', facts.model],
    ['IMEI', facts.imei ?? '（記載なし）'],
    ['電話番号', facts.phone],
    ['症状', facts.description],
    ['診断', facts.repairable ? '修理可能' : '修理不能'],
  ]);
  const table = details.end + 40;
  const itemRows = items
    .map(([label, amount], i) => text(LEFT + 10, table + 32 + i * 32, label, { 'font-size': 16 }) + text(RIGHT - 10, table + 32 + i * 32, formatYen(amount), { 'font-size': 16, 'text-anchor': 'end' }))
    .join('');
  const totalY = table + 74 + items.length * 32;
  const body =
    header(facts, '見積番号') +
    text(LEFT, 222, '下記のとおりお見積り申し上げます。', { 'font-size': 15, fill: '#333' }) +
    details.svg +
    text(LEFT, table - 8, '品目', { 'font-size': 13, fill: '#666' }) +
    element('rect', { x: LEFT, y: table, width: RIGHT - LEFT, height: 30 + items.length * 32, fill: 'none', stroke: '#999' }) +
    itemRows +
    text(LEFT + 10, totalY, '合計（税込）', { 'font-size': 20, 'font-weight': 'bold' }) +
    text(RIGHT - 10, totalY, formatYen(total), { 'font-size': 26, 'font-weight': 'bold', 'text-anchor': 'end' }) +
    issuer(720, facts.shop ?? '修理店', SHOP_ADDRESSES[facts.shop ?? ''] ?? '');
  return paper('修理見積書', body);
}

/** 領収書: the amount received, what for, the shop's seal; a revenue stamp box from ¥50,000. */
export function repairReceiptSvg(facts: PaperFacts): string {
  const amount = facts.amount ?? 0;
  const stamp =
    amount >= 50_000
      ? element('rect', { x: LEFT, y: 600, width: 70, height: 84, fill: '#f3e9d2', stroke: '#b59b6b', 'stroke-dasharray': '4 3' }) +
        text(LEFT + 35, 648, '収入印紙', { 'font-size': 12, 'text-anchor': 'middle', fill: '#8a6d3b' })
      : '';
  const body =
    header(facts, 'No.') +
    element('rect', { x: LEFT, y: 230, width: RIGHT - LEFT, height: 80, fill: '#f4f1ea', stroke: '#999' }) +
    text(WIDTH / 2, 286, `${formatYen(amount)}-`, { 'font-size': 40, 'font-weight': 'bold', 'text-anchor': 'middle', fill: '#111' }) +
    text(LEFT, 352, facts.repairable ? '但し スマートフォン修理代として' : '但し スマートフォン調査・点検費用として', { 'font-size': 17 }) +
    text(LEFT, 386, '上記正に領収いたしました。', { 'font-size': 17 }) +
    rows(440, [
      ['機種', facts.model],
      ['電話番号', facts.phone],
      ['お支払日', facts.date ? formatJapaneseDate(facts.date) : '—'],
    ]).svg +
    stamp +
    issuer(720, facts.shop ?? '修理店', SHOP_ADDRESSES[facts.shop ?? ''] ?? '');
  return paper('領収書', body);
}

/** 盗難届・遺失届の受理番号: station, number, date, the person reporting and the phone reported. */
export function policeReportSvg(facts: PaperFacts): string {
  const theft = facts.description.includes('盗');
  const station = POLICE_STATIONS[hashString(facts.documentId) % POLICE_STATIONS.length] ?? POLICE_STATIONS[0] ?? '';
  const body =
    text(LEFT, 170, `${facts.holderName} 様`, { 'font-size': 22 }) +
    text(LEFT, 214, `あなたの${theft ? '盗難届' : '遺失届'}を下記のとおり受理しました。`, { 'font-size': 16, fill: '#333' }) +
    rows(268, [
      ['受理番号', `第 ${facts.policeReportNumber ?? '—'} 号`],
      ['届出日', facts.date ? formatJapaneseDate(facts.date) : '—'],
      ['届出人', facts.holderName],
      ['連絡先', facts.phone],
      ['物件', `スマートフォン（${facts.model}）`],
      ['IMEI', facts.imei ?? '（不明）'],
      ['届出内容', facts.description],
    ]).svg +
    issuer(720, station, '受理番号のお問い合わせは上記警察署まで');
  return paper(theft ? '盗難届出受理証明' : '遺失届出受理証明', body);
}
