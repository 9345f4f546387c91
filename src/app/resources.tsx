/**
 * The resources' views as the composition root registers them, split for the first page (issue 6,
 * item 3): the claims list (what adjusters open first) is in the initial bundle; a claim's page,
 * the policies and the surveys are loaded on first visit (React.lazy; react-admin's Layout holds
 * the Suspense boundary), each with its messages (src/i18n/areas.ts, through ./i18nProvider.ts's
 * withMessages). The views themselves live in src/resources/<resource>/ (their index.ts lists the same
 * views, loaded eagerly, for tests and other callers).
 */
import AssignmentIcon from '@mui/icons-material/Assignment';
import PhoneIphoneIcon from '@mui/icons-material/PhoneIphone';
import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import { ClaimList } from '../resources/claims/ClaimList';
import { withMessages } from './i18nProvider';

type Views = Omit<ResourceProps, 'name'>;

/** `<Resource name="claims">`: the list eagerly, a claim's page lazily; records read as their claim number. */
export const claimsResource: Views = {
  list: ClaimList,
  show: lazy(() => withMessages(['recordPages'], () => import('../resources/claims/ClaimShow')).then((module) => ({ default: module.ClaimShow }))),
  icon: AssignmentIcon,
  recordRepresentation: 'claimNumber',
};

/** `<Resource name="policies">`: list and page lazily; records read as their policy number. */
export const policiesResource: Views = {
  list: lazy(() => withMessages(['recordPages'], () => import('../resources/policies/PolicyList')).then((module) => ({ default: module.PolicyList }))),
  show: lazy(() => withMessages(['recordPages'], () => import('../resources/policies/PolicyShow')).then((module) => ({ default: module.PolicyShow }))),
  icon: PhoneIphoneIcon,
  recordRepresentation: 'policyNumber',
};

/** `<Resource name="surveys">`: the read-only list, lazily. */
export const surveysResource: Views = {
  list: lazy(() => withMessages(['analytics'], () => import('../resources/surveys/SurveyList')).then((module) => ({ default: module.SurveyList }))),
  icon: SentimentSatisfiedAltIcon,
};
