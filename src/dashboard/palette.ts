/**
 * Colours of the charts: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), told
 * apart by readers with any common colour-vision deficiency. Yellow (#F0E442) is left out: too pale
 * on white. Every series also has a label in the legend, the tooltip and the data table.
 */
import type { Peril, Plan } from '../domain/adjudication';

/** The palette, in the order series take it. */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** One colour per peril. */
export const PERIL_COLORS: Readonly<Record<Peril, string>> = {
  damage: OKABE_ITO.blue,
  water: OKABE_ITO.skyBlue,
  failure: OKABE_ITO.orange,
  data_recovery: OKABE_ITO.bluishGreen,
  theft_loss: OKABE_ITO.reddishPurple,
};

/** One colour per plan. */
export const PLAN_COLORS: Readonly<Record<Plan, string>> = { standard: OKABE_ITO.blue, light: OKABE_ITO.orange };

/** The single-series colours: a figure, a second figure beside it, a target line. */
export const SERIES = { primary: OKABE_ITO.blue, secondary: OKABE_ITO.orange, good: OKABE_ITO.bluishGreen, target: OKABE_ITO.vermillion, neutral: OKABE_ITO.black } as const;
