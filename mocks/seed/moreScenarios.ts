/**
 * The seed's scenarios p-0010–p-0022: warranty referral, data recovery, investigation cost, ageing,
 * IMEI mismatch and invalid IMEI, decided claims, the per-incident cap, the deductible, and
 * policies without claims. See ./scenarios.ts for the first ones.
 */
import { approve, deny, pend, REPAIR_DOCS, type PolicyScenario } from './scenarioTypes';

/** Policies p-0010 onwards. */
export const MORE_SCENARIOS: readonly PolicyScenario[] = [
  {
    plan: 'standard', model: 'iPhone SE (第3世代)', carrier: 'other_mvno', purchasePrice: 32_800, replacementCost: 31_000,
    purchaseMonthsAgo: 5, inceptionMonthsAgo: 5, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'product defect within 12 months of purchase: Back Market warranty', peril: 'failure', cause: 'product_defect',
      description: '購入して間もなく、突然電源が入らなくなった', repairCost: 28_600, documents: REPAIR_DOCS, shop: 'スマホクリニック 名古屋栄',
      incidentDaysAgo: 10, receivedDaysAgo: 8, completedDaysAgo: 6, status: 'in_review', expect: { decision: 'refer', payout: 0, reasons: ['WARRANTY_REFERRAL'] },
    }],
  },
  {
    plan: 'standard', model: 'Xperia 10 IV', carrier: 'mineo', purchasePrice: 24_800, replacementCost: 23_800,
    purchaseMonthsAgo: 20, inceptionMonthsAgo: 6, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'data recovery: no deductible', peril: 'data_recovery',
      description: '端末が起動しなくなったため、写真データの復旧を依頼した', repairCost: 33_000,
      documents: ['repair_estimate', 'repair_receipt'], shop: 'データ復旧センター 秋葉原',
      incidentDaysAgo: 20, receivedDaysAgo: 13, completedDaysAgo: 12, status: 'in_review', expect: approve(33_000),
    }],
  },
  {
    plan: 'standard', model: 'iPhone 12 mini', carrier: 'uq_mobile', purchasePrice: 33_800, replacementCost: 32_000,
    purchaseMonthsAgo: 28, inceptionMonthsAgo: 7, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'not repairable: investigation cost only', peril: 'water', repairable: false, investigationCost: 5_500,
      description: '洗濯機で洗ってしまい、電源が入らない（修理不能と診断）', documents: REPAIR_DOCS, shop: 'リペアスタジオ 新宿',
      incidentDaysAgo: 18, receivedDaysAgo: 14, completedDaysAgo: 11, status: 'in_review',
      expect: approve(5_500, ['INVESTIGATION_COST_ONLY']),
    }],
  },
  {
    plan: 'standard', model: 'iPhone XR', carrier: 'iijmio', purchasePrice: 21_800, replacementCost: 19_800,
    purchaseMonthsAgo: 40, inceptionMonthsAgo: 8, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'ageing (battery wear) excluded', peril: 'failure', cause: 'ageing',
      description: 'バッテリーが劣化し、残量があっても電源が落ちる', repairCost: 12_800, documents: REPAIR_DOCS, shop: 'iRepair Lab 梅田',
      incidentDaysAgo: 16, receivedDaysAgo: 13, completedDaysAgo: 10, status: 'in_review', expect: deny('AGEING_EXCLUDED'),
    }],
  },
  {
    plan: 'standard', model: 'Galaxy A54 5G', carrier: 'ymobile', purchasePrice: 38_800, replacementCost: 36_000,
    purchaseMonthsAgo: 17, inceptionMonthsAgo: 6, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'estimate shows another IMEI; payment overdue', peril: 'damage', estimateImei: 'other',
      description: '満員電車で押されて落とし、画面が割れた', repairCost: 36_300, documents: REPAIR_DOCS, shop: 'スマホ修理工房 渋谷店',
      incidentDaysAgo: 45, receivedDaysAgo: 41, completedDaysAgo: 38, status: 'in_review', flags: ['IMEI_MISMATCH'],
      expect: pend('IMEI_MISMATCH'),
    }],
  },
  {
    plan: 'light', model: 'Google Pixel 6a', carrier: 'povo', purchasePrice: 25_800, replacementCost: 24_000,
    purchaseMonthsAgo: 22, inceptionMonthsAgo: 5, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'light plan water damage: peril not covered, denied', peril: 'water',
      description: 'プールに落として水没した', repairCost: 30_000, documents: REPAIR_DOCS, shop: 'モバイルドクター 池袋',
      incidentDaysAgo: 25, receivedDaysAgo: 22, completedDaysAgo: 20, status: 'denied', decidedDaysAgo: 10,
      expect: deny('PERIL_NOT_COVERED'),
    }],
  },
  {
    plan: 'standard', model: 'Galaxy Z Fold4', carrier: 'rakuten_mobile', purchasePrice: 129_800, replacementCost: 125_000,
    purchaseMonthsAgo: 19, inceptionMonthsAgo: 2, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'capped at the ¥100,000 per-incident limit; awaiting a supervisor', peril: 'damage',
      description: '折りたたみ画面の中央が割れて表示されない', repairCost: 128_000, documents: REPAIR_DOCS, shop: 'スマホクリニック 名古屋栄',
      incidentDaysAgo: 21, receivedDaysAgo: 18, completedDaysAgo: 15, status: 'pending_approval',
      expect: approve(100_000, ['CAPPED_PER_INCIDENT']),
    }],
  },
  {
    plan: 'standard', model: 'iPhone 8', carrier: 'linemo', purchasePrice: 12_800, replacementCost: 11_800,
    purchaseMonthsAgo: 36, inceptionMonthsAgo: 6, enrollmentPhotoOnFile: true, imei: 'invalid',
    claims: [{
      label: 'policy IMEI fails its check digit', peril: 'damage',
      description: 'ポケットから落として画面が割れた', repairCost: 19_800, documents: REPAIR_DOCS, shop: 'iRepair Lab 梅田',
      incidentDaysAgo: 7, receivedDaysAgo: 5, completedDaysAgo: 4, status: 'in_review', flags: ['IMEI_INVALID'],
      expect: pend('IMEI_INVALID'),
    }],
  },
  {
    plan: 'light', model: 'iPhone SE (第2世代)', carrier: 'mineo', purchasePrice: 17_800, replacementCost: 16_800,
    purchaseMonthsAgo: 30, inceptionMonthsAgo: 4, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'repair cost below the ¥3,000 deductible; just received', peril: 'damage',
      description: 'カメラのレンズカバーに小さな傷が付いた', repairCost: 2_750, documents: REPAIR_DOCS, shop: 'モバイルドクター 池袋',
      incidentDaysAgo: 4, receivedDaysAgo: 1, completedDaysAgo: 1, status: 'received', expect: deny('BELOW_DEDUCTIBLE'),
    }],
  },
  {
    plan: 'standard', model: 'iPhone 13 mini', carrier: 'ymobile', purchasePrice: 52_800, replacementCost: 49_800,
    purchaseMonthsAgo: 23, inceptionMonthsAgo: 7, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'paid', peril: 'damage',
      description: '自宅の床に落として画面が割れた', repairCost: 25_300, documents: REPAIR_DOCS, shop: 'スマホ修理工房 渋谷店',
      incidentDaysAgo: 40, receivedDaysAgo: 37, completedDaysAgo: 35, status: 'paid', decidedDaysAgo: 20, expect: approve(22_300),
    }],
  },
  {
    plan: 'standard', model: 'Xperia 5 IV', carrier: 'iijmio', purchasePrice: 49_800, replacementCost: 47_800,
    purchaseMonthsAgo: 12, inceptionMonthsAgo: 3, enrollmentPhotoOnFile: true, claims: [],
  },
  {
    plan: 'light', model: 'AQUOS sense7', carrier: 'uq_mobile', purchasePrice: 19_800, replacementCost: 18_800,
    purchaseMonthsAgo: 26, inceptionMonthsAgo: 10, enrollmentPhotoOnFile: false, status: 'lapsed', claims: [],
  },
  {
    plan: 'standard', model: 'iPhone 14', carrier: 'povo', purchasePrice: 79_800, replacementCost: 76_000,
    purchaseMonthsAgo: 14, inceptionMonthsAgo: 8, enrollmentPhotoOnFile: true, status: 'cancelled', claims: [],
  },
];
