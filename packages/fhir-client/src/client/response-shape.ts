/**
 * The structure the client relies on in a successful body, checked before anything reads it: the
 * fields paging, dedupe, `resolve`, warnings and normalisation touch, each with the JSON type they
 * assume. This is not FHIR validation: every other field passes through as the server sent it.
 * Each check returns what is wrong, naming the path (`Bundle.entry[3].resource`), or undefined.
 */

type JsonObject = Record<string, unknown>;

/** The problem with `body` as the resource type `expected`, or undefined when the client can use it. */
export function responseShapeProblem(body: unknown, expected: string): string | undefined {
  if (!isObject(body)) return `the body is ${describe(body)} where a ${expected} was expected`;
  const actual = body.resourceType;
  if (actual !== expected) {
    return `the body is ${typeof actual === 'string' ? `a ${actual}` : 'not a FHIR resource'} where a ${expected} was expected`;
  }
  if (expected === 'Bundle') return bundleProblem(body);
  const problem = resourceProblem(body);
  return problem === undefined ? undefined : `${expected}${problem}`;
}

function bundleProblem(bundle: JsonObject): string | undefined {
  const total = bundle.total;
  if (total !== undefined && !(typeof total === 'number' && Number.isInteger(total) && total >= 0)) {
    return `Bundle.total is ${describe(total)}, not a whole number`;
  }
  const links = bundle.link;
  if (links !== undefined) {
    if (!Array.isArray(links)) return `Bundle.link is ${describe(links)}, not a list`;
    for (const [index, link] of links.entries()) {
      const path = `Bundle.link[${index}]`;
      if (!isObject(link)) return `${path} is ${describe(link)}, not an object`;
      if (typeof link.relation !== 'string')
        return `${path}.relation is ${describe(link.relation)}, not text`;
      if (typeof link.url !== 'string') return `${path}.url is ${describe(link.url)}, not text`;
    }
  }
  const entries = bundle.entry;
  if (entries === undefined) return undefined;
  if (!Array.isArray(entries)) return `Bundle.entry is ${describe(entries)}, not a list`;
  // The path is written only for the entry that has a problem: this runs on every entry of every page.
  for (let index = 0; index < entries.length; index++) {
    const problem = entryProblem(entries[index]);
    if (problem !== undefined) return `Bundle.entry[${index}]${problem}`;
  }
  return undefined;
}

/** What is wrong with one entry, as the rest of a sentence after the entry's path; undefined when nothing. */
function entryProblem(entry: unknown): string | undefined {
  if (!isObject(entry)) return ` is ${describe(entry)}, not an object`;
  if (entry.fullUrl !== undefined && typeof entry.fullUrl !== 'string') {
    return `.fullUrl is ${describe(entry.fullUrl)}, not text`;
  }
  const search = entry.search;
  if (search !== undefined) {
    if (!isObject(search)) return `.search is ${describe(search)}, not an object`;
    if (search.mode !== undefined && typeof search.mode !== 'string') {
      return `.search.mode is ${describe(search.mode)}, not text`;
    }
  }
  const resource = entry.resource;
  // An entry without a resource (a deleted one in a history Bundle) is skipped, never read.
  if (resource === undefined) return undefined;
  if (!isObject(resource)) return `.resource is ${describe(resource)}, not a resource`;
  if (typeof resource.resourceType !== 'string' || resource.resourceType === '') {
    return `.resource.resourceType is ${describe(resource.resourceType)}, not a resource type`;
  }
  const problem = resourceProblem(resource);
  return problem === undefined ? undefined : `.resource${problem}`;
}

/**
 * The fields of any resource the client reads: `id`, `meta`, `contained`, and an OperationOutcome's
 * `issue`; what is wrong as the rest of a sentence after the resource's path, or undefined.
 */
function resourceProblem(resource: JsonObject): string | undefined {
  if (resource.id !== undefined && typeof resource.id !== 'string') {
    return `.id is ${describe(resource.id)}, not text`;
  }
  if (resource.meta !== undefined && !isObject(resource.meta)) {
    return `.meta is ${describe(resource.meta)}, not an object`;
  }
  const contained = resource.contained;
  if (contained !== undefined) {
    if (!Array.isArray(contained)) return `.contained is ${describe(contained)}, not a list`;
    for (let index = 0; index < contained.length; index++) {
      const inner: unknown = contained[index];
      if (!isObject(inner)) return `.contained[${index}] is ${describe(inner)}, not a resource`;
      if (inner.id !== undefined && typeof inner.id !== 'string') {
        return `.contained[${index}].id is ${describe(inner.id)}, not text`;
      }
    }
  }
  if (resource.resourceType === 'OperationOutcome' && resource.issue !== undefined) {
    const issues = resource.issue;
    if (!Array.isArray(issues)) return `.issue is ${describe(issues)}, not a list`;
    const bad = issues.findIndex((issue) => !isObject(issue));
    if (bad >= 0) return `.issue[${bad}] is ${describe(issues[bad])}, not an object`;
  }
  return undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value's kind in words, never its content (which may be personal data or a secret). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (value === undefined) return 'missing';
  return `a ${typeof value}`;
}
