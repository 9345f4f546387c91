/**
 * The seed's scenarios, policy by policy: `p-NNNN` is the N-th entry, `c-NNNN` the N-th claim in
 * this order. This file holds p-0001–p-0009 (the product page's three examples, plan, peril,
 * carrier, missing documents, the aggregate limit); ./moreScenarios.ts the rest.
 */
import { MORE_SCENARIOS } from './moreScenarios';
import { approve, deny, pend, REPAIR_DOCS, type PolicyScenario } from './scenarioTypes';

export type { ClaimScenario, Expectation, PolicyScenario } from './scenarioTypes';

/** Every seeded policy with its claims, in id order. */
export const SCENARIOS: readonly PolicyScenario[] = [
  {
    plan: 'standard', model: 'iPhone 11 Pro Max', carrier: 'ymobile', purchasePrice: 54_800, replacementCost: 52_000,
    purchaseMonthsAgo: 20, inceptionMonthsAgo: 6, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'product page example 1: broken screen, ¥99,000 repair', peril: 'damage',
      description: '地面に落として画面が割れた', repairCost: 99_000, documents: REPAIR_DOCS, shop: 'スマホ修理工房 渋谷店',
      incidentDaysAgo: 12, receivedDaysAgo: 9, completedDaysAgo: 7, status: 'in_review', expect: approve(96_000),
    }],
  },
  {
    plan: 'standard', model: 'iPhone XS', carrier: 'uq_mobile', purchasePrice: 29_800, replacementCost: 27_500,
    purchaseMonthsAgo: 30, inceptionMonthsAgo: 9, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'product page example 2: water, ¥65,780 repair', peril: 'water',
      description: 'お風呂に落としてしまい、電源が入らなくなった', repairCost: 65_780, documents: REPAIR_DOCS, shop: 'リペアスタジオ 新宿',
      incidentDaysAgo: 10, receivedDaysAgo: 8, completedDaysAgo: 6, status: 'in_review', expect: approve(62_780),
    }],
  },
  {
    plan: 'standard', model: 'iPhone 11', carrier: 'iijmio', purchasePrice: 36_800, replacementCost: 34_800,
    purchaseMonthsAgo: 18, inceptionMonthsAgo: 4, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'product page example 3: connector failure, ¥47,080 repair', peril: 'failure',
      description: '通常使用中に電子コネクターが故障し、充電できなくなった', repairCost: 47_080, documents: REPAIR_DOCS,
      shop: 'モバイルドクター 池袋', incidentDaysAgo: 15, receivedDaysAgo: 12, completedDaysAgo: 8, status: 'in_review',
      expect: approve(44_080),
    }],
  },
  {
    plan: 'light', model: 'Google Pixel 7a', carrier: 'mineo', purchasePrice: 39_800, replacementCost: 38_000,
    purchaseMonthsAgo: 14, inceptionMonthsAgo: 3, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'light plan damage; payment due in 3 days', peril: 'damage',
      description: '自転車から落として画面と背面ガラスが割れた', repairCost: 38_500, documents: REPAIR_DOCS, shop: 'iRepair Lab 梅田',
      incidentDaysAgo: 31, receivedDaysAgo: 29, completedDaysAgo: 27, status: 'in_review', expect: approve(35_500),
    }],
  },
  {
    plan: 'standard', model: 'iPhone 13', carrier: 'rakuten_mobile', purchasePrice: 72_800, replacementCost: 69_800,
    purchaseMonthsAgo: 16, inceptionMonthsAgo: 7, enrollmentPhotoOnFile: false,
    claims: [{
      label: 'theft with police report: half the lower of purchase price and replacement cost', peril: 'theft_loss',
      description: '電車の網棚に置いたバッグごとスマートフォンを盗まれた', documents: ['police_report', 'enrollment_photo'],
      incidentDaysAgo: 6, receivedDaysAgo: 4, completedDaysAgo: 3, status: 'in_review',
      expect: approve(34_900, ['THEFT_LOSS_HALF_DEVICE_PRICE']),
    }],
  },
  {
    plan: 'standard', model: 'Galaxy S22', carrier: 'docomo', purchasePrice: 45_800, replacementCost: 44_000,
    purchaseMonthsAgo: 15, inceptionMonthsAgo: 5, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'docomo phone: carrier not eligible', peril: 'damage',
      description: '机から落として画面にひびが入った', repairCost: 41_800, documents: REPAIR_DOCS, shop: 'スマホクリニック 名古屋栄',
      incidentDaysAgo: 9, receivedDaysAgo: 7, completedDaysAgo: 5, status: 'in_review', expect: deny('CARRIER_INELIGIBLE'),
    }],
  },
  {
    plan: 'standard', model: 'iPhone 12', carrier: 'povo', purchasePrice: 45_800, replacementCost: 43_800,
    purchaseMonthsAgo: 24, inceptionMonthsAgo: 8, enrollmentPhotoOnFile: true,
    claims: [{
      label: 'missing estimate and receipt: awaiting documents', peril: 'damage',
      description: '階段で落として画面が割れ、タッチが効かない', repairCost: 52_800, documents: ['damage_photo'],
      incidentDaysAgo: 5, receivedDaysAgo: 3, completedDaysAgo: 3, status: 'awaiting_documents', expect: pend('MISSING_DOCUMENTS'),
    }],
  },
  {
    plan: 'standard', model: 'iPhone 14 Pro', carrier: 'linemo', purchasePrice: 98_000, replacementCost: 95_000,
    purchaseMonthsAgo: 22, inceptionMonthsAgo: 10, enrollmentPhotoOnFile: true,
    claims: [
      {
        label: 'paid earlier in the period (¥96,000 of the aggregate)', peril: 'damage',
        description: '駐車場で落として画面が割れた', repairCost: 99_000, documents: REPAIR_DOCS, shop: 'スマホ修理工房 渋谷店',
        incidentDaysAgo: 250, receivedDaysAgo: 246, completedDaysAgo: 244, status: 'paid', decidedDaysAgo: 236, expect: approve(96_000),
      },
      {
        label: 'approved earlier in the period (¥80,000 of the aggregate)', peril: 'water',
        description: '雨の日にポケットの中で水没した', repairCost: 83_000, documents: REPAIR_DOCS, shop: 'リペアスタジオ 新宿',
        incidentDaysAgo: 60, receivedDaysAgo: 57, completedDaysAgo: 55, status: 'approved', decidedDaysAgo: 5, expect: approve(80_000),
      },
      {
        label: 'third claim in the period: capped by what is left of the aggregate limit', peril: 'damage',
        description: '子どもが落として画面とカメラが割れた', repairCost: 45_000, documents: REPAIR_DOCS, shop: 'リペアスタジオ 新宿',
        incidentDaysAgo: 14, receivedDaysAgo: 11, completedDaysAgo: 9, status: 'in_review', flags: ['SECOND_CLAIM_IN_PERIOD'],
        expect: approve(24_000, ['CAPPED_BY_AGGREGATE']),
      },
    ],
  },
  {
    plan: 'light', model: 'iPhone 12 Pro', carrier: 'ymobile', purchasePrice: 69_800, replacementCost: 66_000,
    purchaseMonthsAgo: 26, inceptionMonthsAgo: 9, enrollmentPhotoOnFile: true,
    claims: [
      {
        label: 'light plan, paid, capped per incident at ¥50,000', peril: 'damage',
        description: '落として画面と背面が割れた', repairCost: 60_000, documents: REPAIR_DOCS, shop: 'モバイルドクター 池袋',
        incidentDaysAgo: 200, receivedDaysAgo: 197, completedDaysAgo: 195, status: 'paid', decidedDaysAgo: 185,
        expect: approve(50_000, ['CAPPED_PER_INCIDENT']),
      },
      {
        label: 'light plan, paid, uses the rest of the aggregate', peril: 'damage',
        description: '踏んでしまい画面が割れた', repairCost: 55_000, documents: REPAIR_DOCS, shop: 'モバイルドクター 池袋',
        incidentDaysAgo: 60, receivedDaysAgo: 58, completedDaysAgo: 56, status: 'paid', decidedDaysAgo: 40,
        expect: approve(50_000, ['CAPPED_PER_INCIDENT']),
      },
      {
        label: 'aggregate limit exhausted', peril: 'damage',
        description: 'テーブルから落として画面にひびが入った', repairCost: 22_000, documents: REPAIR_DOCS, shop: 'iRepair Lab 梅田',
        incidentDaysAgo: 8, receivedDaysAgo: 6, completedDaysAgo: 4, status: 'in_review', flags: ['SECOND_CLAIM_IN_PERIOD'],
        expect: deny('AGGREGATE_EXHAUSTED'),
      },
    ],
  },
  ...MORE_SCENARIOS,
];
