// Numbered, append-only upgrade steps. Never edit a shipped step: add a new one.
// Step N upgrades a database from version N-1 to N, using only the upgrade
// transaction (no unrelated awaits: the transaction would auto-commit).
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { StudyDB } from './schema';
import { movedCardId, movedChecklistId, movedStarId, type Moves } from '../../domain/reader/moved-ids';

type UpgradeTx = IDBPTransaction<StudyDB, StoreNames<StudyDB>[], 'versionchange'>;

/** What a step may need beyond the database: step 9's id map, loaded (connection.ts) only when an upgrade needs it. */
export interface UpgradeContext {
  oldVersion: number;
  moves?: Moves;
}
type Step = (db: IDBPDatabase<StudyDB>, tx: UpgradeTx, context: UpgradeContext) => void;

export const MIGRATIONS: readonly Step[] = [
  // 1: settings (theme, one-time notices)
  (db) => {
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // 2: the study-hours log
  (db) => {
    const store = db.createObjectStore('studySessions', { keyPath: 'id' });
    store.createIndex('byDay', 'day');
  },
  // 3: the reader: position and read state per chapter, checklists, stars
  (db) => {
    db.createObjectStore('reading', { keyPath: 'chapterId' }).createIndex('byUpdatedAt', 'updatedAt');
    db.createObjectStore('checklist', { keyPath: 'id' }).createIndex('byChapter', 'chapterId');
    db.createObjectStore('stars', { keyPath: 'id' }).createIndex('byCreatedAt', 'createdAt');
  },
  // 4: practice and exams: sessions, attempts, flags, each question's last result
  (db) => {
    db.createObjectStore('practice', { keyPath: 'id' });
    const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
    attempts.createIndex('byPack', 'packId');
    attempts.createIndex('byStartedAt', 'startedAt');
    db.createObjectStore('flags', { keyPath: 'questionId' });
    db.createObjectStore('results', { keyPath: 'questionId' });
  },
  // 5: the study tracker: timer, flashcard scheduling, chapter reviews
  (db) => {
    db.createObjectStore('timer', { keyPath: 'id' });
    db.createObjectStore('cards', { keyPath: 'id' }).createIndex('byDue', 'card.due');
    db.createObjectStore('chapterReviews', { keyPath: 'id' });
  },
  // 6: problem reports on questions
  (db) => {
    db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byCreatedAt', 'createdAt');
  },
  // 7: the user's own imported question packs
  (db) => {
    db.createObjectStore('ownPacks', { keyPath: 'id' });
  },
  // 8: chapters marked read before readAt existed get their read day once,
  // from the last change then; otherwise every scroll would move it (and the
  // Day 3/7/14 reviews and the weekly log with it).
  (_db, tx) => {
    const store = tx.objectStore('reading');
    void store.openCursor().then(function fix(cursor): Promise<void> | undefined {
      if (!cursor) return undefined;
      const row = cursor.value;
      if (row.read && row.readAt === undefined) void cursor.update({ ...row, readAt: row.updatedAt });
      return cursor.continue().then(fix);
    });
  },
  // 9: checklist ticks, fact stars and Must Know / Common Mistake card
  // schedules were saved under positional ids (`chapter:heading:N`,
  // `heading--fact-N`, `heading/N`), so any guide edit moved them onto other
  // items. Each row saved under an old id moves to its item's new id (made
  // from the item's text), by the map frozen from the guide those ids were
  // saved against. Rows not in the map stay as they are.
  (_db, tx, { oldVersion, moves }) => {
    if (oldVersion === 0) return; // a new database has nothing to move
    // Never upgrade past this step without the map: the rows would stay under ids nothing reads.
    if (!moves) throw new Error('migration 9 needs the positional id map');
    const MOVES = moves;
    const move = <S extends 'checklist' | 'stars' | 'cards'>(name: S, newId: (id: string) => string | undefined, moved: (row: StudyDB[S]['value'], id: string) => StudyDB[S]['value']): void => {
      const store = tx.objectStore(name);
      // Read all first, then rename: a cursor would meet the renamed rows again.
      void store.getAll().then((rows) => {
        for (const row of rows) {
          const id = newId(row.id);
          if (!id) continue;
          void store.delete(row.id);
          void store.put(moved(row, id));
        }
      });
    };
    move('checklist', (id) => movedChecklistId(MOVES, id), (row, id) => ({ ...row, id }));
    move('stars', (id) => movedStarId(MOVES, id), (row, id) => ({ ...row, id, anchor: id.slice(id.indexOf('#') + 1) }));
    move('cards', (id) => movedCardId(MOVES, id), (row, id) => ({ ...row, id }));
  },
  // 10: deletions, remembered so that a merge (backup, later sync) does not bring a deleted row back
  (db) => {
    db.createObjectStore('deletions', { keyPath: 'id' });
  },
];

export { DB_VERSION } from './db-version';

export function runMigrations(db: IDBPDatabase<StudyDB>, oldVersion: number, newVersion: number, tx: UpgradeTx, moves?: Moves): void {
  for (let v = oldVersion; v < newVersion; v++) {
    MIGRATIONS[v]?.(db, tx, { oldVersion, moves });
  }
}

/** The version of an existing database with no step 9 yet: the id map must be loaded before opening it. */
export const IDS_BY_TEXT_SINCE = 9;
