// `--import` preload for the bench's child processes: registers the dist snapshot redirects that the
// parent chose (passed in HALO_BENCH_DIST_REDIRECTS), so children load the same snapshot.
import { register } from 'node:module';

const redirects = process.env.HALO_BENCH_DIST_REDIRECTS;
if (redirects) register('./hooks.mjs', import.meta.url, { data: { redirects: JSON.parse(redirects) } });
