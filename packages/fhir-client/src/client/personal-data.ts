/** When `search` sends `POST [type]/_search` with a form body instead of `GET [type]?query`. */
export const PostSearchWhen = {
  /** Always GET. */
  Never: 'never',
  /** Always POST. */
  Always: 'always',
  /** POST when a parameter holds personal data (Halo's advice), so it stays out of URLs and logs. */
  PersonalData: 'personal-data',
} as const;
export type PostSearchWhen = (typeof PostSearchWhen)[keyof typeof PostSearchWhen];

/**
 * Search parameters whose values identify a person. Matched on the parameter's own name, after
 * modifiers (`name:exact`) and at the end of chains (`subject:Patient.birthdate`, `_has:…:name`).
 */
export const personalDataParameters: ReadonlySet<string> = new Set([
  'name',
  'family',
  'given',
  'phonetic',
  'birthdate',
  'death-date',
  'identifier',
  'telecom',
  'phone',
  'email',
  'address',
  'address-city',
  'address-country',
  'address-postalcode',
  'address-state',
  'address-use',
  '_content',
  '_text',
]);

/** True when a parameter name (as sent, with modifiers or chains) carries personal data. */
export function isPersonalDataParameter(name: string): boolean {
  // `_has:Observation:patient:code` ends in the filtered parameter; a chain ends after the last dot.
  const lastLink = name.split('.').at(-1) ?? name;
  const parts = lastLink.split(':');
  const candidates = name.startsWith('_has:') ? [parts.at(-1) ?? ''] : [parts[0] ?? ''];
  return candidates.some((candidate) => personalDataParameters.has(candidate));
}

/** Decides GET or POST for one search. */
export function shouldPostSearch(when: PostSearchWhen, params: URLSearchParams): boolean {
  if (when === PostSearchWhen.Always) return true;
  if (when === PostSearchWhen.Never) return false;
  for (const name of params.keys()) if (isPersonalDataParameter(name)) return true;
  return false;
}
