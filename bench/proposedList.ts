/**
 * A sketch, for the benchmark only, of what mocks/http/list.ts could do at 100,000 claims: the same
 * list semantics (its own parseListQuery, compileFilter, sortRecords, pageOf), but the candidates
 * narrowed first by the collection's equality indexes (`Collection.lookup`) on an exact filter
 * (`status`, `peril`, `policyId`, `assigneeId` of claims; `id` for getMany), so only the matching
 * records are touched. The compiled filter still runs on every candidate, so the answer is the same.
 */
import type { Collection } from '../mocks/collection';
import type { MockDb } from '../mocks/db';
import { compileFilter, pageOf, parseListQuery, sortRecords, type ListPage } from '../mocks/http/listQuery';
import type { JsonObject } from '../mocks/resources/resource';

/** The records an exact filter narrows `collection` to (the smallest of them), or every record. */
export function candidates<T extends { id: string }>(collection: Collection<T>, filter: Record<string, unknown>): readonly T[] {
  let best: readonly T[] | undefined;
  for (const [key, value] of Object.entries(filter)) {
    const values = Array.isArray(value) ? value : [value];
    // Only strings: the list compares scalars as strings ("3" matches 3) and null matches a missing field.
    if (!values.every((v): v is string => typeof v === 'string')) continue;
    const found =
      key === 'id' ? values.map((id) => collection.get(id)).filter((r): r is T => r !== undefined) : collection.isIndexed(key) ? collection.lookup(key, values) : undefined;
    if (found && (best === undefined || found.length < best.length)) best = found;
  }
  return best ?? collection.values();
}

/** The claims page the list query of `url` asks for, as list.ts answers it (no `q`, no derived fields). */
export function proposedClaimsPage(db: MockDb, url: URL, present: (record: JsonObject & { id: string }) => JsonObject): ListPage<JsonObject> {
  const query = parseListQuery(url);
  const matches = compileFilter(query.filter);
  const matching = candidates(db.claims, query.filter).filter((record) => matches(record));
  const page = pageOf('claims', sortRecords(matching, query.sort), query.range);
  return { ...page, items: page.items.map((record) => present(record as unknown as JsonObject & { id: string })) };
}
