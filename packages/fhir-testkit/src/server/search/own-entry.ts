/**
 * `record[key]` when `key` is one of the record's own properties, else undefined: a name a request
 * chose (`_sort=__proto__`, `constructor=x`) never reaches a value inherited from `Object.prototype`.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
