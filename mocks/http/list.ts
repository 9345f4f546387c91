/**
 * `GET /api/<resource>` in ra-data-simple-rest's dialect: filter, full-text `q`, sort, page.
 *
 * Efficient at 100,000 claims: filters and sorts read the stored (frozen) records in place, no copy
 * and no presentation, unless they name a derived field (`adjudication.*`, `flags`, `aggregate.*`), in which
 * case each record is presented once for that request; otherwise only the returned page is presented.
 * `q` builds one matcher per request (the claims' matcher looks each policy up once).
 */
import type { MockDb } from '../db';
import type { JsonObject, Resource } from '../resources/resource';
import { compileFilter, pageOf, parseListQuery, searchNeedle, sortRecords, type ListPage, type ListQuery } from './listQuery';

/** True when `path` (dotted, maybe with a `_gte`… suffix) starts at one of the resource's derived fields. */
function isDerived<T extends { id: string }>(resource: Resource<T>, path: string): boolean {
  const head = path.split('.')[0]?.replace(/_(gte|lte|gt|lt|neq)$/, '') ?? '';
  return resource.derived?.includes(head) ?? false;
}

/** Whether the query filters or sorts on a derived field. */
function needsPresentation<T extends { id: string }>(resource: Resource<T>, query: ListQuery): boolean {
  if (query.sort && isDerived(resource, query.sort.field)) return true;
  return Object.keys(query.filter).some((key) => key !== 'q' && isDerived(resource, key));
}

/**
 * The page of `resource` the list query of `url` asks for, each record presented.
 * Throws a 400 HttpError for a malformed query.
 */
export function listPage<T extends { id: string }>(resource: Resource<T>, db: MockDb, url: URL): ListPage<JsonObject> {
  const query = parseListQuery(url);
  const presented = new Map<string, JsonObject>();
  const present = (record: T): JsonObject => {
    let answer = presented.get(record.id);
    if (answer === undefined) {
      answer = resource.present(db, record);
      presented.set(record.id, answer);
    }
    return answer;
  };
  const view: (record: T) => unknown = needsPresentation(resource, query) ? present : (record) => record;
  const needle = searchNeedle(query.filter);
  const search = needle === null ? undefined : resource.searcher(db, needle);
  const matches = compileFilter(query.filter);
  const matching = resource.source(db).filter((record) => (search === undefined || search(record)) && matches(view(record)));
  const page = pageOf(resource.name, sortRecords(matching, query.sort, view), query.range);
  return { ...page, items: page.items.map(present) };
}
