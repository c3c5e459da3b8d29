/**
 * Reads a response's whole body and returns an equal response over the bytes read, so an exchange
 * counts as finished (nothing left on the wire) before the caller sees it. The simulated-time loops
 * of the scheduler and fleet examples move the clock only when no exchange is in flight.
 */
export async function readWholeResponse(response: Response): Promise<Response> {
  const body = await response.arrayBuffer();
  const empty = [101, 204, 205, 304].includes(response.status);
  return new Response(empty ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
