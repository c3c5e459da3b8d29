/**
 * Medplum 5 references a global `WebSocket` at import time (for subscriptions), which Node 20 lacks.
 * Nothing in the benchmarks opens one, so an empty class satisfies it; it must be set before the
 * first dynamic import of `@medplum/core` or `@medplum/fhir-router`.
 */
export function provideWebSocketGlobal(): void {
  const g = globalThis as { WebSocket?: unknown };
  g.WebSocket ??= class WebSocketUnavailableInBenchmarks {};
}
