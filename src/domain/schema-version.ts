// The version of the records' shapes (records.ts): IndexedDB's version and a
// backup's schemaVersion. Bump it with each migration (src/lib/db/migrations.ts);
// tests/unit/lib/db-migrations.test.ts checks it equals the number of steps.
export const DB_VERSION = 10;
