// `--import` preload for the bench's child processes: registers the dist snapshot hook with what the
// parent chose (passed in HALO_BENCH_DIST_SNAPSHOT), so children load the same snapshot.
import { register } from 'node:module';

const snapshot = process.env.HALO_BENCH_DIST_SNAPSHOT;
if (snapshot) register('./hooks.mjs', import.meta.url, { data: JSON.parse(snapshot) });
