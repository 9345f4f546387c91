/**
 * The shared adjudication module (shared/spec/adjudication.md): pure code used by the UI to preview
 * a decision and by the mock backend to enforce it.
 */
export * from './schemas';
export { adjudicate } from './adjudicate';
