import { queueEn } from './queue';
import { resilienceEn } from './resilience';
import type { AppMessages } from './ja';

/**
 * English messages of the claims back-office that the first page needs; typed against the Japanese
 * catalog so no key is missing. Loaded only when the user switches to English (src/app/i18nProvider.ts).
 */
export const en: AppMessages = {
  app: {
    title: 'Back Market Phone Insurance — Claims',
    language: { toggle: '日本語', toggle_label: 'Switch the display language to Japanese' },
    ...queueEn.app,
    ...resilienceEn.app,
    common: { date_range: '%{start} – %{end}', list_separator: ', ', figure_separator: ' · ' },
    deadline: { overdue: 'Overdue', due_soon: 'Due soon' },
    login: { demo_users: 'Demo users (mock)', demo_password: 'Every password is "%{password}". Click a name to sign in.' },
    role: { adjuster: 'Adjuster', supervisor: 'Supervisor', manager: 'Manager' },
    peril: {
      damage: 'Damage',
      water: 'Water damage',
      failure: 'Failure',
      data_recovery: 'Data recovery',
      theft_loss: 'Theft or loss',
    },
    plan: { standard: 'Standard plan', light: 'Light plan' },
    claim_status: {
      received: 'Received',
      awaiting_documents: 'Awaiting documents',
      in_review: 'In review',
      pending_approval: 'Pending approval',
      approved: 'Approved',
      paid: 'Paid',
      denied: 'Denied',
      referred: 'Referred to warranty',
      withdrawn: 'Withdrawn',
    },
    decision: { approve: 'Pay', deny: 'Deny', pend: 'Pend', refer: 'Refer to warranty' },
  },
  resources: {
    claims: {
      name: 'Claim |||| Claims',
      fields: {
        claimNumber: 'Claim number',
        policyId: 'Policy',
        peril: 'Peril',
        incidentDate: 'Incident date',
        description: 'Description',
        cause: 'Cause',
        status: 'Status',
        receivedDate: 'Received',
        completedDate: 'Completed',
        dueDate: 'Payment due',
        repairShop: 'Repair shop',
        repairCost: 'Repair cost',
        investigationCost: 'Investigation cost',
        estimateImei: 'IMEI on the estimate',
        repairable: 'Repairable',
        proposedPayout: 'Proposed payout',
        proposedDecision: 'Proposed decision',
        q: 'Search',
      },
    },
    policies: {
      name: 'Policy |||| Policies',
      fields: {
        policyNumber: 'Policy number',
        'holder.name': 'Policyholder',
        'holder.kana': 'Kana',
        'holder.phone': 'Phone',
        'holder.email': 'E-mail',
        plan: 'Plan',
        status: 'Status',
        inceptionDate: 'Inception date',
        monthlyPremium: 'Monthly premium',
        'device.model': 'Model',
        'device.imei': 'IMEI',
        'device.carrier': 'Carrier',
        'device.gitekiCertified': 'Giteki mark',
        'device.purchasePrice': 'Purchase price',
        'device.purchaseDate': 'Purchase date',
        'device.replacementCost': 'Replacement cost',
        q: 'Search',
      },
    },
    documents: {
      name: 'Document |||| Documents',
      fields: { kind: 'Kind', fileName: 'File name', uploadedAt: 'Uploaded at' },
    },
    // The menu's label; the survey list's own strings come with it (./analytics.ts).
    surveys: { name: 'Survey |||| Surveys' },
  },
};
