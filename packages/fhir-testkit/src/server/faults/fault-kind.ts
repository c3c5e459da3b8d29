/** Every kind of fault the schedule can inject; request log entries name the one that fired. */
export const FaultKind = {
  /** A given error fixture (`failNext`, `failWhen`). */
  Fixture: 'fixture',
  /** 503 while a site is offline, then recovered. */
  SiteOffline: 'site-offline',
  /** 400 database error naming a GP who is away today. */
  PractitionerAway: 'practitioner-away',
  /** 429 with `Retry-After`. */
  RateLimit: 'rate-limit',
  /** 504 after a delay. */
  GatewayTimeout: 'gateway-timeout',
  /** Added delay before the normal response. */
  Latency: 'latency',
  /** Headers sent, then the connection is reset. */
  ResetConnection: 'reset-connection',
  /** The normal response cut short. */
  TruncateBody: 'truncate-body',
  /** A gateway's HTML 502 page. */
  Html502: 'html-502',
  /** A seeded random draw picked one of the given fixtures. */
  Random: 'random',
} as const;
export type FaultKind = (typeof FaultKind)[keyof typeof FaultKind];
