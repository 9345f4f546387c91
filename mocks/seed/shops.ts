/**
 * Repair shops that appear on seeded estimates and receipts: chains and branches in the big cities,
 * each with an address. Fixed for every seed number (faker seeded with a constant), so a shop name
 * always has the same address, e.g. for drawing a document from its record.
 */
import { seededFakerJa } from './fakerJa';

/** A repair shop: its name as printed on estimates (`figures.shop`) and its address. */
export interface RepairShop {
  name: string;
  address: string;
  /** True for data recovery specialists (data_recovery claims go there). */
  dataRecovery: boolean;
}

/** `[branch, prefecture + city/ward, town]`. */
const BRANCHES: readonly (readonly [string, string, string])[] = [
  ['渋谷店', '東京都渋谷区', '道玄坂'],
  ['新宿', '東京都新宿区', '西新宿'],
  ['池袋', '東京都豊島区', '南池袋'],
  ['秋葉原', '東京都千代田区', '外神田'],
  ['町田', '東京都町田市', '原町田'],
  ['横浜西口', '神奈川県横浜市西区', '南幸'],
  ['川崎', '神奈川県川崎市川崎区', '駅前本町'],
  ['大宮', '埼玉県さいたま市大宮区', '桜木町'],
  ['千葉', '千葉県千葉市中央区', '富士見'],
  ['梅田', '大阪府大阪市北区', '芝田'],
  ['難波', '大阪府大阪市中央区', '難波'],
  ['京都四条', '京都府京都市下京区', '四条通'],
  ['三宮', '兵庫県神戸市中央区', '三宮町'],
  ['名古屋栄', '愛知県名古屋市中区', '栄'],
  ['博多', '福岡県福岡市博多区', '博多駅前'],
  ['天神', '福岡県福岡市中央区', '天神'],
  ['札幌', '北海道札幌市中央区', '北三条西'],
  ['仙台', '宮城県仙台市青葉区', '中央'],
  ['広島', '広島県広島市中区', '紙屋町'],
  ['那覇', '沖縄県那覇市', '久茂地'],
];

const REPAIR_CHAINS = ['スマホ修理工房', 'リペアスタジオ', 'モバイルドクター', 'iRepair Lab', 'スマホクリニック', 'クイックリペア', 'スマホステーション'];
const RECOVERY_CHAINS = ['データ復旧センター', 'デジタルデータラボ'];

function buildShops(): RepairShop[] {
  const faker = seededFakerJa(20_260_101);
  const shops: RepairShop[] = [];
  BRANCHES.forEach(([branch, city, town], i) => {
    const chains = [REPAIR_CHAINS[i % REPAIR_CHAINS.length], REPAIR_CHAINS[(i + 3) % REPAIR_CHAINS.length]];
    if (i % 4 === 0) chains.push(RECOVERY_CHAINS[(i / 4) % RECOVERY_CHAINS.length]);
    for (const chain of chains) {
      if (chain === undefined) continue;
      shops.push({ name: `${chain} ${branch}`, address: `${city}${town}${faker.location.street()}`, dataRecovery: RECOVERY_CHAINS.includes(chain) });
    }
  });
  return shops;
}

/** Every seeded repair shop (repair chains in 20 cities, data recovery specialists in 5). */
export const REPAIR_SHOPS: readonly RepairShop[] = buildShops();

/** Shops that repair phones. */
export const PHONE_REPAIR_SHOPS: readonly RepairShop[] = REPAIR_SHOPS.filter((s) => !s.dataRecovery);

/** Shops that recover data. */
export const DATA_RECOVERY_SHOPS: readonly RepairShop[] = REPAIR_SHOPS.filter((s) => s.dataRecovery);

const ADDRESSES = new Map(REPAIR_SHOPS.map((s) => [s.name, s.address]));

/** The address of the seeded shop named `name`, or undefined. */
export function repairShopAddress(name: string): string | undefined {
  return ADDRESSES.get(name);
}
