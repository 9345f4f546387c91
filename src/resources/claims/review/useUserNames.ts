/**
 * The back-office users' display names by id (GET /api/users), for records that name a user only
 * by id (a decision's `decidedBy`, a recommendation's `recommendedBy`).
 */
import { useGetList } from 'react-admin';
import type { User } from '../../../domain/records';

/** A lookup of a user's name by id; falls back to the id itself while loading or when unknown. */
export function useUserNames(): (id: string) => string {
  const { data } = useGetList<User>('users', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
  return (id: string) => data?.find((user) => user.id === id)?.name ?? id;
}
