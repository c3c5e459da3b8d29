import { oursQuery, loadPeerBuilders } from './peers/builders.js';
const peers = await loadPeerBuilders();
const rate = (f: () => string) => { const t = performance.now(); let n = 0; while (performance.now() - t < 1000) { f(); n++; } return n; };
for (let r = 0; r < 3; r++) console.log('ours', rate(oursQuery), 'medplum', rate(peers.medplum), 'bonfhir', rate(peers.bonfhir));
