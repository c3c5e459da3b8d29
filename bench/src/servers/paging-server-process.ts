/**
 * Child-process entry: runs the paging server on its own core, so the client under test does not share
 * its event loop with the server. Arguments: `<pageSize> <pages>`. Sends `{ baseUrl }` to the parent
 * over IPC once listening, and exits when the parent disconnects.
 */
import { startPagingServer } from './paging-server.js';
import { preparePages } from './prepared-pages.js';

const [pageSize, pages] = process.argv.slice(2).map(Number);
if (!pageSize || !pages || !process.send) {
  console.error('usage: (forked) paging-server-process <pageSize> <pages>');
  process.exit(2);
}
const server = await startPagingServer(preparePages({ pageSize, pages }));
process.send({ baseUrl: server.baseUrl });
process.on('disconnect', () => {
  void server.close().finally(() => process.exit(0));
});
