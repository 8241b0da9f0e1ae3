// The records the app keeps: every row shape of every store, declared by the
// domain (which reasons about them) and stored by src/lib/db (schema.ts maps
// each store to its row here). Pure types and constants: no idb, no DOM.
import type { OptionId } from './questions/schema';
import type { Score } from './practice/scoring';
import type { TimerRecord } from './study/timer';
import type { StoredCard } from './review/fsrs';
import type { OwnPack } from './questions/own-pack';
import type { SyncConfig, SyncStatus } from './sync/types';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Key-value settings; each key has its own value type. */
export interface SettingValues {
  theme: ThemeChoice;
  offlineReadyShown: boolean;
  iosInstallGuideDismissed: boolean;
  persistRequested: boolean;
  /** The study plan: the guide's 8-week schedule or the derived 10-week one. */
  planKind: '8' | '10';
  /** First day of the plan, YYYY-MM-DD, or '' before the user sets it. */
  planStart: string;
  /** Exam day, YYYY-MM-DD, or '' if not booked. */
  examDay: string;
  /** Keep flashcard reviews from being scheduled past the exam day. */
  capReviewsAtExam: boolean;
  /** Show options, and questions in practice and exams, in an order of their own per attempt. */
  shuffle: boolean;
  /** When the user first finished a study session on this device (0: not yet): the moment to offer install and storage. */
  firstSessionDoneAt: number;
  /** The install offer was answered or dismissed (it shows once). */
  installOfferDone: boolean;
  /** The keep-my-data offer was answered or dismissed (it shows once). */
  persistOfferDone: boolean;
  /** A random name for this device ('' until first needed): tracked study time has one row per device, so merging two devices adds up. */
  deviceId: string;
  /** Epoch ms of the last exported backup; 0 = never. */
  lastBackupAt: number;
  /** Sync with the user's CouchDB (issue 16): the remote and its credentials; null = signed out. */
  sync: SyncConfig | null;
  /** How the last sync went. */
  syncStatus: SyncStatus | null;
}
export type SettingKey = keyof SettingValues;

/**
 * Settings about this device and this browser, not about the user: they stay
 * out of backups (and sync), so a restore on a new phone still asks for
 * persistent storage, shows its own install hints and keeps its own theme.
 */
export const DEVICE_SETTINGS: readonly SettingKey[] = [
  'theme',
  'offlineReadyShown',
  'iosInstallGuideDismissed',
  'persistRequested',
  'lastBackupAt',
  'firstSessionDoneAt',
  'installOfferDone',
  'persistOfferDone',
  'deviceId',
  'sync',
  'syncStatus',
];

/** A settings row; `updatedAt` (epoch ms) is absent on rows written before it existed. */
export type SettingRow = { [K in SettingKey]: { key: K; value: SettingValues[K]; updatedAt?: number } }[SettingKey];

export type StudyActivity = 'reading' | 'practice' | 'flashcards' | 'hands-on' | 'other';

export interface StudySession {
  id: string;
  /** Local calendar day the study happened on, YYYY-MM-DD. */
  day: string;
  minutes: number;
  activity: StudyActivity;
  note: string;
  /** Epoch ms; used for "newest wins" merges later. */
  updatedAt: number;
  /**
   * Logged by the app from time on study screens (one row a day, activity and device, id `tracked:DAY:ACTIVITY:DEVICE`),
   * not typed by the user. The user may edit it like any other; later tracked time adds to it.
   */
  tracked?: boolean;
}

/** Where the reader was in a chapter, and whether it is read. */
export interface ReadingState {
  chapterId: string;
  /** Id of the section heading at the top of the screen when last seen. */
  anchor: string;
  /** The paragraph under the top of the screen: blocks counted from `anchor`'s heading (absent on older rows). */
  block?: number;
  /** How far down that paragraph the top of the screen was, 0..1. */
  offset?: number;
  /** Furthest point reached, 0..1 of the chapter's length. */
  progress: number;
  read: boolean;
  /** When it was marked read (Day 1 of its reviews); scrolling later does not move it. */
  readAt?: number;
  updatedAt: number;
}

export interface ChecklistItemState {
  id: string; // `${chapterId}:${key}`, key from the item's text (scripts/content/item-ids.ts); before schema 9 chapterId:headingId:index
  chapterId: string;
  checked: boolean;
  updatedAt: number;
}

export interface Star {
  id: string; // chapterId#anchor
  chapterId: string;
  anchor: string;
  label: string;
  createdAt: number;
}

/** Practice mode: one question at a time, feedback on Check. Keyed by pack id (or a custom list's id). */
export interface PracticeSession {
  id: string;
  packId: string | null;
  title: string;
  questionIds: string[];
  index: number;
  answers: Record<string, { selected: OptionId[]; checked: boolean }>;
  updatedAt: number;
  /** Options are shown in the order this seed gives (see domain/practice/shuffle.ts); absent: as written. */
  shuffleSeed?: string;
  /**
   * A short session of a pack ('short', issue 12) or a study coach drill ('drill'): a chosen list, with a
   * running score, whose summary lands in the score history once finished. Absent on a whole pack's session.
   */
  kind?: 'short' | 'drill';
  /** When a short session or drill first reached its end (its summary's date). */
  finishedAt?: number;
}

/** A timed exam, running or finished. */
export interface Attempt {
  id: string;
  packId: string | null;
  title: string;
  questionIds: string[];
  answers: Record<string, OptionId[]>;
  flagged: string[];
  current: number;
  startedAt: number;
  /** Time left is always deadline − now: it survives reloads and a killed tab. */
  deadline: number;
  limitMinutes: number;
  targetPercent: number;
  submittedAt: number | null;
  timedOut: boolean;
  score: Score | null;
  /** The user's own "Action Items" for the score tracking table. */
  note: string;
  /** Options are shown in the order this seed gives (see domain/practice/shuffle.ts); absent: as written. */
  shuffleSeed?: string;
  /** Epoch ms of the last change of any kind (absent on rows from before it existed). */
  updatedAt?: number;
}

/** A question flagged for review; it stays until the user clears it. */
export interface Flag {
  questionId: string;
  packId: string | null;
  flaggedAt: number;
}

/** The last answer given to a question, in any mode ("last answered wrong"). */
export interface QuestionResult {
  questionId: string;
  packId: string | null;
  selected: OptionId[];
  correct: boolean;
  answeredAt: number;
  /**
   * The first answer ever given to the question (the study coach's evidence).
   * Absent on rows from before it existed: their own answer is the earliest known.
   */
  first?: { correct: boolean; answeredAt: number };
}

/** The running (or last) study timer: timestamps only, see domain/study/timer. */
export interface StoredTimer {
  id: 'current';
  /** null: no timer (cleared); kept as a row so a merge knows it was cleared after a backup's running one. */
  record: TimerRecord | null;
  /** Always 0: logging a timer clears it in the same transaction (lib/db/timer logTimer), so nothing is half-logged. */
  loggedMinutes: number;
  /** Epoch ms of the last change (absent on rows from before it existed). */
  updatedAt?: number;
}

/** A flashcard's spaced-repetition state (ts-fsrs), keyed by the card id. */
export interface CardState {
  id: string;
  card: StoredCard;
  updatedAt: number;
  /** When the card was first rated (the daily new-card limit counts these). */
  introducedAt?: number;
}

/** A Day 3/7/14 chapter review the user has done. */
export interface ChapterReview {
  id: string; // chapterId:step
  chapterId: string;
  step: number;
  doneAt: number;
}

/** "Report a problem" on a question: the user's note, kept on the device and in backups. */
export interface ProblemReport {
  id: string;
  questionId: string;
  note: string;
  createdAt: number;
}

/**
 * A row the user deleted, remembered so that merging an older backup (or,
 * later, syncing) does not bring it back. Its id is `${store}:${key}`.
 */
export interface Deletion {
  id: string;
  store: string;
  key: string;
  deletedAt: number;
}

/** Each store's row: the one list of stores (lib/db/schema.ts declares the same stores to idb, checked there). */
export interface StoreRows {
  settings: SettingRow;
  studySessions: StudySession;
  reading: ReadingState;
  checklist: ChecklistItemState;
  stars: Star;
  practice: PracticeSession;
  attempts: Attempt;
  flags: Flag;
  results: QuestionResult;
  timer: StoredTimer;
  cards: CardState;
  chapterReviews: ChapterReview;
  reports: ProblemReport;
  /** Question banks the user imported (JSON or Markdown), each with its questions. */
  ownPacks: OwnPack;
  deletions: Deletion;
}
export type StoreName = keyof StoreRows;
