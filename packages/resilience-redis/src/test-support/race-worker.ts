/**
 * One worker process of the race tests: it connects a Redis store and a policy; for each move it
 * prints `ready`, waits for `go` on stdin, makes the move, prints what happened as one JSON line,
 * and waits for `finish` (a probe's request is answered only then).
 * argv: redis URL, namespace, moves (comma-separated: probe, retry, pause), worker index, epoch ms
 * of its clock.
 */
import { createInterface } from 'node:readline';
import { createResiliencePolicy, isPausedError } from '@halo-fhir/fhir-client';
import { createRedisResilienceStore } from '../index.js';

const [url = '', namespace = '', moves = '', index = '0', at = '0'] = process.argv.slice(2);
const now = Number(at);
const clock = {
  now: () => now,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};
// What is tested is atomicity while Redis answers: give a machine busy starting 8 processes time to
// answer (the default, 250 ms, would rightly make a slow worker decide alone).
const store = createRedisResilienceStore({
  connection: url,
  integrator: namespace,
  environment: 'race',
  commandTimeoutMs: 10_000,
});
const policy = createResiliencePolicy({
  store,
  clock,
  maxAttempts: 1,
  retryBudgetMinRetries: 3,
  retryBudgetRatio: 0,
});
const lines = createInterface({ input: process.stdin });
// The test ended (or died) without saying finish: do not linger with open Redis connections.
process.stdin.once('end', () => process.exit(1));
const words: string[] = [];
const waiters: (() => void)[] = [];
lines.on('line', (line) => {
  words.push(line);
  for (const wake of waiters.splice(0)) wake();
});
/** Resolves when the parent has said `word` (once per round). */
async function heard(word: string): Promise<void> {
  for (;;) {
    const at = words.indexOf(word);
    if (at >= 0) {
      words.splice(at, 1);
      return;
    }
    await new Promise<void>((resolve) => waiters.push(resolve));
  }
}
const report = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const site = 'practice-offline';
const request = {
  method: 'GET',
  url: `https://fhir.test/${site}/Appointment`,
  interaction: 'search',
  idempotent: true,
  site,
} as const;

await store.ready();
for (const move of moves.split(',')) {
  process.stdout.write('ready\n');
  await heard('go');
  const finish = heard('finish');
  if (move === 'probe') {
    const stop = policy.on((event) => {
      if (event.type === 'request')
        report({ move, worker: index, sent: true, probe: event.probe, available: store.available });
    });
    const outcome = policy.execute(request, () => finish.then(() => 'ok'));
    outcome.catch((error: unknown) =>
      report({ move, worker: index, sent: false, paused: isPausedError(error), available: store.available }),
    );
    await outcome.catch(() => undefined);
    stop();
  } else if (move === 'retry') {
    const granted: boolean[] = [];
    for (let i = 0; i < 3; i++) granted.push(await store.acquireRetry(now));
    report({ move, worker: index, granted: granted.filter(Boolean).length, available: store.available });
  } else if (move === 'pause') {
    // Each worker pauses the same GP until a different time: the longest must win, whatever the order.
    policy.pause({
      scope: 'practitioner',
      site,
      practitioner: 'Practitioner/7',
      until: now + (Number(index) + 1) * 60_000,
    });
    await store.sync();
    report({ move, worker: index, done: true });
  }
  await finish;
}
await store.close();
lines.close();
