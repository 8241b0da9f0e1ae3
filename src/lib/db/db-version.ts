// The schema version, apart from the migrations: the answer-writer worker needs
// the number, not the upgrade code (nor its id map). The number itself is the
// domain's (the backup format carries it): src/domain/schema-version.ts.
export { DB_VERSION } from '../../domain/schema-version';
