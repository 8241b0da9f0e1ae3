// The one IndexedDB schema of the app. Every store the app will ever read is
// declared here; each store has its own small module of verb-named functions.
// The row shapes are the domain's (src/domain/records.ts): re-exported here so
// storage code names them from one place.
import type { DBSchema, StoreNames } from 'idb';
import type { OwnPack } from '../../domain/questions/own-pack';
import type {
  StudySession,
  ReadingState,
  ChecklistItemState,
  Star,
  PracticeSession,
  Attempt,
  Flag,
  QuestionResult,
  StoredTimer,
  CardState,
  ChapterReview,
  ProblemReport,
  Deletion,
  StoreRows,
  SettingKey,
  SettingRow,
} from '../../domain/records';

export { DEVICE_SETTINGS } from '../../domain/records';
export type {
  ThemeChoice,
  SettingValues,
  SettingKey,
  SettingRow,
  StudyActivity,
  StudySession,
  ReadingState,
  ChecklistItemState,
  Star,
  PracticeSession,
  Attempt,
  Flag,
  QuestionResult,
  StoredTimer,
  CardState,
  ChapterReview,
  ProblemReport,
  Deletion,
  StoreRows,
} from '../../domain/records';

export const DB_NAME = 'dva-study';

export interface StudyDB extends DBSchema {
  settings: {
    key: SettingKey;
    value: SettingRow;
  };
  studySessions: {
    key: string;
    value: StudySession;
    indexes: { byDay: string };
  };
  reading: {
    key: string;
    value: ReadingState;
    indexes: { byUpdatedAt: number };
  };
  checklist: {
    key: string;
    value: ChecklistItemState;
    indexes: { byChapter: string };
  };
  stars: {
    key: string;
    value: Star;
    indexes: { byCreatedAt: number };
  };
  practice: {
    key: string;
    value: PracticeSession;
  };
  attempts: {
    key: string;
    value: Attempt;
    indexes: { byPack: string; byStartedAt: number };
  };
  flags: {
    key: string;
    value: Flag;
  };
  results: {
    key: string;
    value: QuestionResult;
  };
  timer: {
    key: string;
    value: StoredTimer;
  };
  cards: {
    key: string;
    value: CardState;
    indexes: { byDue: number };
  };
  chapterReviews: {
    key: string;
    value: ChapterReview;
  };
  reports: {
    key: string;
    value: ProblemReport;
    indexes: { byCreatedAt: number };
  };
  /** Question banks the user imported (JSON or Markdown), each with its questions. */
  ownPacks: {
    key: string;
    value: OwnPack;
  };
  deletions: {
    key: string;
    value: Deletion;
  };
}

// The stores declared to idb are exactly the domain's stores, each with the domain's row.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameStores: Same<StoreNames<StudyDB>, keyof StoreRows> = true;
const sameRows: Same<{ [K in StoreNames<StudyDB>]: StudyDB[K]['value'] }, StoreRows> = true;
void sameStores;
void sameRows;
