/**
 * The mock users, one or more of each role of shared/spec/product.md ("Users and roles"). In mock
 * mode the login page lists them; every one signs in with {@link DEMO_PASSWORD}.
 */
import type { User } from '../src/domain/records';

/** The password of every mock user (mock mode only; shown on the login page). */
export const DEMO_PASSWORD = 'demo';

/** The mock users. Ids are the usernames they sign in with. */
export const MOCK_USERS: readonly User[] = [
  { id: 'sato', name: '佐藤 美咲', email: 'sato@claims.example.jp', role: 'adjuster' },
  { id: 'tanaka', name: '田中 健一', email: 'tanaka@claims.example.jp', role: 'adjuster' },
  { id: 'suzuki', name: '鈴木 恵子', email: 'suzuki@claims.example.jp', role: 'supervisor' },
  { id: 'ito', name: '伊藤 大輔', email: 'ito@claims.example.jp', role: 'supervisor' },
  { id: 'takahashi', name: '高橋 直樹', email: 'takahashi@claims.example.jp', role: 'manager' },
];
