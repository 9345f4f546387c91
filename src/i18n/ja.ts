import { queueJa } from './queue';
import { resilienceJa } from './resilience';

/**
 * Japanese messages of the claims back-office (the default language) that the first page needs: the
 * app bar, sign-in, the claims queue, the menu and the labels of the codes the queue shows. Keys mirror
 * `en.ts`. The pages loaded on demand bring their own messages with them (./areas.ts: the claim and
 * policy pages' ./recordPages.ts, the dashboard's and surveys' ./analytics.ts, the mock panel's).
 */
export const ja = {
  app: {
    title: 'Back Market スマホ保険 保険金請求管理',
    language: { toggle: 'English', toggle_label: '表示言語を英語に切り替える' },
    ...queueJa.app,
    ...resilienceJa.app,
    common: { date_range: '%{start} 〜 %{end}', list_separator: '、', figure_separator: ' ・ ' },
    deadline: { overdue: '期限超過', due_soon: '期限間近' },
    login: { demo_users: 'デモ用ユーザー（モック）', demo_password: 'パスワードはすべて「%{password}」です。名前をクリックするとログインします。' },
    role: { adjuster: '査定担当', supervisor: '上席査定者', manager: '管理者' },
    peril: {
      damage: '破損・汚損',
      water: '水濡れ',
      failure: '故障',
      data_recovery: 'データ復旧',
      theft_loss: '盗難・紛失',
    },
    plan: { standard: 'スタンダードプラン', light: 'ライトプラン' },
    claim_status: {
      received: '受付',
      awaiting_documents: '書類待ち',
      in_review: '審査中',
      pending_approval: '承認待ち',
      approved: '支払決定',
      paid: '支払済',
      denied: '不支払',
      referred: '動作保証へ案内',
      withdrawn: '取下げ',
    },
    decision: { approve: '支払', deny: '不支払', pend: '保留', refer: '動作保証へ案内' },
  },
  resources: {
    claims: {
      name: '請求 |||| 請求',
      fields: {
        claimNumber: '請求番号',
        policyId: '契約',
        peril: '事故の種類',
        incidentDate: '事故日',
        description: '事故の内容',
        cause: '原因',
        status: '状況',
        receivedDate: '受付日',
        completedDate: '請求完了日',
        dueDate: '支払期限',
        repairShop: '修理業者',
        repairCost: '修理費',
        investigationCost: '調査費用',
        estimateImei: '見積書のIMEI',
        repairable: '修理可否',
        proposedPayout: '支払額（試算）',
        proposedDecision: '査定（試算）',
        q: '検索',
      },
    },
    policies: {
      name: '契約 |||| 契約',
      fields: {
        policyNumber: '証券番号',
        'holder.name': '契約者',
        'holder.kana': 'フリガナ',
        'holder.phone': '電話番号',
        'holder.email': 'メールアドレス',
        plan: 'プラン',
        status: '状態',
        inceptionDate: '契約開始日',
        monthlyPremium: '月額保険料',
        'device.model': '機種',
        'device.imei': 'IMEI',
        'device.carrier': '通信事業者',
        'device.gitekiCertified': '技適マーク',
        'device.purchasePrice': '購入金額',
        'device.purchaseDate': '購入日',
        'device.replacementCost': '再調達価額',
        q: '検索',
      },
    },
    documents: {
      name: '書類 |||| 書類',
      fields: { kind: '種類', fileName: 'ファイル名', uploadedAt: 'アップロード日時' },
    },
    // The menu's label; the survey list's own strings come with it (./analytics.ts).
    surveys: { name: 'アンケート |||| アンケート' },
  },
};

/** The shape every catalog must have: the Japanese one is the reference. */
export type AppMessages = typeof ja;
