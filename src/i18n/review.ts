/**
 * Messages of the claim page's review workspace (issue 4, items 3–5): the summary, checklist, review
 * flags and why they fired, lock, notes and timeline (`app.review.*`), and the decisions with their
 * dialogs and conflicts (`app.decisions.*`, kept in decisions.ts), in Japanese and English with the
 * same keys. Merged into ja.ts / en.ts at the `app` level.
 */
import { decisionsEn, decisionsJa } from './decisions';

/** Japanese (the reference). */
export const reviewJa = {
  app: {
    review: {
      summary: {
        policy: '契約',
        no_due_date: '未確定（書類がそろってから30日）',
        extended: '延長済み：%{reason}',
        aggregate_remaining: '保険期間通算の残額',
        remaining_of: '%{remaining}（限度額 %{limit}）',
        proposed_payout: '支払保険金（試算）',
        recorded_payout: '支払保険金（決定）',
        documents_requested: '%{name} が %{at} に書類を依頼しました：%{kinds}',
      },
      checklist: {
        title: '必要書類',
        missing_count: '%{smart_count}点不足',
        complete: 'すべてそろっています',
        present: '提出済',
        missing: '不足',
        enrollment_on_file: '加入時のスマホの写真は加入時に登録済みのため不要です。',
      },
      flags: {
        title: '確認フラグ（%{smart_count}件）',
        none: 'この請求に確認フラグはありません。',
        hint: 'フラグは確認を促すものです。フラグだけで支払・不支払は決まりません。',
        why: 'この請求では：%{detail}',
      },
      flag: {
        EARLY_CLAIM: {
          label: '加入直後の事故',
          rule: '保険の加入から%{limit}日以内の事故です。',
          detail: '契約開始日（%{inception}）から%{days}日後の事故です（基準は%{limit}日以内）。',
        },
        NETWORK_RESTRICTED: {
          label: 'ネットワーク利用制限',
          rule: '元の通信事業者のネットワーク利用制限の判定が △（分割払い残あり）または ×（利用制限）です。',
          detail: '判定は「%{result}」です。',
        },
        SECOND_CLAIM_IN_PERIOD: {
          label: '同じ保険期間の2件目以降の請求',
          rule: '同じ保険期間に、先に受け付けた請求があります。',
          detail: '保険期間 %{start} 〜 %{end} に先行する請求：%{claims}',
        },
        IMEI_MISMATCH: {
          label: 'IMEIの不一致',
          rule: '修理見積書のIMEIが、契約している端末のIMEIと異なります。',
          detail: 'サーバーで照合した結果、見積書のIMEIは契約端末のIMEIと一致しませんでした。',
        },
        IMEI_INVALID: {
          label: 'IMEIの形式不正',
          rule: '契約端末または見積書のIMEIが、15桁・チェックディジットの検査を通りません。',
          estimate: '見積書のIMEIがチェックディジットの検査を通りません。',
          policy: '契約端末のIMEIがチェックディジットの検査を通りません。',
        },
        NO_POLICE_REPORT: {
          label: '警察の受理番号なし',
          rule: '盗難・紛失の請求で、どの書類にも警察の受理番号がありません。',
          detail: '届出の受理番号を確認できる書類がまだありません。',
        },
        RECEIPT_AMOUNT_MISMATCH: {
          label: '領収証の金額が請求額と異なる',
          rule: '修理代領収証の金額が、請求された費用と異なります。',
          detail: '領収証 %{receipt}、請求額 %{claimed}',
        },
        PRICE_ABOVE_USUAL: {
          label: '端末価格が相場より高い',
          rule: '購入金額が、その機種の通常価格の上限の%{ratio}倍を超えています。',
          detail: '購入金額 %{price}、通常価格の上限 %{usual}（%{ratio}倍まで）',
        },
      },
      network_restriction: { clear: '○ 制限なし', instalments: '△ 分割払い残あり', blocked: '× 利用制限', not_applicable: '− 対象外' },
      lock: {
        free: '担当者なし',
        held: '担当：%{name}（%{at}〜）',
        take: 'この請求を担当する',
        release: '担当を外れる',
        take_over: '担当を引き継ぐ',
        take_done: 'この請求を担当しました',
        takeOver_done: '担当を引き継ぎました',
        release_done: '担当を外れました',
        failed: '担当を変更できませんでした：%{message}',
        read_only: '%{name} がこの請求を担当しています（%{at}〜）。担当が外れるまで閲覧のみです。',
        read_only_supervisor: '%{name} がこの請求を担当しています（%{at}〜）。閲覧のみです。上席査定者は担当を引き継げます。',
      },
      notes: {
        title: 'メモ',
        new: 'メモを書く',
        add: 'メモを追加',
        added: 'メモを追加しました',
        failed: 'メモを保存できませんでした：%{message}',
        load_failed: 'メモを読み込めませんでした',
        none: 'メモはまだありません。',
        by: '%{name}・%{at}',
      },
      timeline: {
        title: '履歴',
        entry: '%{name}：%{action}',
        status: '状況：%{from} → %{to}',
        lock: '担当：%{from} → %{to}',
        due: '支払期限：%{from} → %{to}',
        nobody: 'なし',
        none: '履歴はまだありません。',
        load_failed: '履歴を読み込めませんでした',
      },
      audit_action: {
        create: '登録',
        update: '更新',
        delete: '削除',
        decision_approve: '支払を決定',
        decision_recommend: '承認を依頼',
        decision_deny: '不支払を記録',
        decision_refer: '動作保証へ案内',
        decision_pend: '保留（書類待ち）',
        lock_take: '担当を開始',
        lock_takeOver: '担当を引き継ぎ',
        lock_release: '担当を終了',
        deadline_extend: '支払期限を延長',
        document_request: '書類を依頼',
        note_add: 'メモを追加',
        personalData_reveal: '個人情報を表示',
        claim_assign: '担当者を割当',
        document_upload: '書類をアップロード',
        networkRestriction_lookup: 'ネットワーク利用制限を照会',
        payments_run: '支払を実行',
      },
    },
    decisions: decisionsJa,
  },
};

/** The shape of the review messages: the Japanese module is the reference. */
export type ReviewMessages = typeof reviewJa;

/** English. */
export const reviewEn: ReviewMessages = {
  app: {
    review: {
      summary: {
        policy: 'Policy',
        no_due_date: 'Not set yet (30 days after the documents are complete)',
        extended: 'Extended: %{reason}',
        aggregate_remaining: 'Aggregate remaining',
        remaining_of: '%{remaining} (limit %{limit})',
        proposed_payout: 'Payout (proposed)',
        recorded_payout: 'Payout (decided)',
        documents_requested: '%{name} requested documents on %{at}: %{kinds}',
      },
      checklist: {
        title: 'Required documents',
        missing_count: '%{smart_count} missing',
        complete: 'All received',
        present: 'Received',
        missing: 'Missing',
        enrollment_on_file: 'The enrollment photo is on file from enrollment and not needed.',
      },
      flags: {
        title: 'Review flags (%{smart_count})',
        none: 'No review flags on this claim.',
        hint: 'A flag asks for a closer look; it never decides a payout or a denial on its own.',
        why: 'On this claim: %{detail}',
      },
      flag: {
        EARLY_CLAIM: {
          label: 'Claim soon after enrollment',
          rule: 'The incident is within %{limit} days of the policy’s inception.',
          detail: 'The incident is %{days} days after the inception date (%{inception}); the rule is %{limit} days or fewer.',
        },
        NETWORK_RESTRICTED: {
          label: 'Network-use restriction',
          rule: 'The original carrier’s network-use restriction check is △ (instalments outstanding) or × (blocked).',
          detail: 'The check says “%{result}”.',
        },
        SECOND_CLAIM_IN_PERIOD: {
          label: 'Second or later claim in the period',
          rule: 'The policy has an earlier claim in the same policy period.',
          detail: 'Earlier claims in the period %{start} – %{end}: %{claims}',
        },
        IMEI_MISMATCH: {
          label: 'IMEI mismatch',
          rule: 'The IMEI on the repair estimate differs from the insured device’s.',
          detail: 'Compared by the server on the full numbers, the estimate’s IMEI does not match the policy’s.',
        },
        IMEI_INVALID: {
          label: 'Invalid IMEI',
          rule: 'The policy’s or the estimate’s IMEI fails the 15-digit check-digit test.',
          estimate: 'The estimate’s IMEI fails the check-digit test.',
          policy: 'The insured device’s IMEI fails the check-digit test.',
        },
        NO_POLICE_REPORT: {
          label: 'No police report number',
          rule: 'A theft or loss claim with no police report number on any document.',
          detail: 'No document shows the report’s acceptance number yet.',
        },
        RECEIPT_AMOUNT_MISMATCH: {
          label: 'Receipt differs from the claimed cost',
          rule: 'The amount on the repair receipt differs from the cost claimed.',
          detail: 'Receipt %{receipt}, claimed %{claimed}',
        },
        PRICE_ABOVE_USUAL: {
          label: 'Device price above the usual',
          rule: 'The purchase price exceeds %{ratio} × the top of the model’s usual price.',
          detail: 'Purchase price %{price}, usual price up to %{usual} (%{ratio} × allowed)',
        },
      },
      network_restriction: { clear: '○ Clear', instalments: '△ Instalments outstanding', blocked: '× Blocked', not_applicable: '− Not applicable' },
      lock: {
        free: 'Nobody holds this claim',
        held: 'Held by %{name} (since %{at})',
        take: 'Take this claim',
        release: 'Release',
        take_over: 'Take over',
        take_done: 'You hold this claim',
        takeOver_done: 'You took over this claim',
        release_done: 'You released this claim',
        failed: 'The holder could not be changed: %{message}',
        read_only: '%{name} is working on this claim (since %{at}). It is read only until released.',
        read_only_supervisor: '%{name} is working on this claim (since %{at}). It is read only; as a supervisor you may take it over.',
      },
      notes: {
        title: 'Notes',
        new: 'Write a note',
        add: 'Add note',
        added: 'Note added',
        failed: 'The note could not be saved: %{message}',
        load_failed: 'The notes could not be loaded',
        none: 'No notes yet.',
        by: '%{name} · %{at}',
      },
      timeline: {
        title: 'Timeline',
        entry: '%{name}: %{action}',
        status: 'Status: %{from} → %{to}',
        lock: 'Holder: %{from} → %{to}',
        due: 'Payment due: %{from} → %{to}',
        nobody: 'nobody',
        none: 'No events yet.',
        load_failed: 'The timeline could not be loaded',
      },
      audit_action: {
        create: 'created',
        update: 'updated',
        delete: 'deleted',
        decision_approve: 'approved the payout',
        decision_recommend: 'recommended for approval',
        decision_deny: 'denied',
        decision_refer: 'referred to the warranty',
        decision_pend: 'pended (awaiting documents)',
        lock_take: 'took the claim',
        lock_takeOver: 'took the claim over',
        lock_release: 'released the claim',
        deadline_extend: 'extended the payment deadline',
        document_request: 'requested documents',
        note_add: 'added a note',
        personalData_reveal: 'revealed personal data',
        claim_assign: 'assigned the claim',
        document_upload: 'uploaded a document',
        networkRestriction_lookup: 'looked up the network-use restriction',
        payments_run: 'ran the payment',
      },
    },
    decisions: decisionsEn,
  },
};
