/**
 * Who works the seeded claims: the mock users of mocks/users.ts (ids), by role.
 */
import { MOCK_USERS } from '../users';

/** The adjuster the hand-written scenario claims are assigned to and decided by (a MOCK_USERS id). */
export const DEMO_ADJUSTER = 'sato';

const idsOf = (role: 'adjuster' | 'supervisor'): string[] => MOCK_USERS.filter((u) => u.role === role).map((u) => u.id);

/** Ids of the mock adjusters (sato, tanaka). */
export const ADJUSTER_IDS: readonly string[] = idsOf('adjuster');

/** Ids of the mock supervisors (suzuki, ito). */
export const SUPERVISOR_IDS: readonly string[] = idsOf('supervisor');
