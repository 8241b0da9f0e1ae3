// The sync tests' server: pouchdb-server in memory (shared with npm run bench).
export { ADMIN, startCouch, type Couch } from '../../../scripts/lib/couch-server.mjs';
