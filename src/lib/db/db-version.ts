// The schema version, apart from the migrations: the answer-writer worker and
// the backup format need the number, not the upgrade code (nor its id map).
// tests/unit/lib/db-migrations.test.ts checks it equals the number of steps.
export const DB_VERSION = 10;
