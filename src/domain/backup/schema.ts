// The backup file: every store of the one IndexedDB schema, one valibot schema
// per store's row. Rows are strict objects (unknown keys are rejected), so a
// backup can only ever put back the shapes the app itself writes.
import * as v from 'valibot';
import { OPTION_IDS } from '../questions/schema';
import { OwnPackSchema } from '../questions/own-pack-schema';
import { FORBIDDEN_KEYS } from '../safe-json';
import { DB_VERSION } from '../schema-version';
import type { StoreName, StoreRows } from '../records';

export const BACKUP_APP = 'dva-study';
export const BACKUP_FORMAT = 1;
export const BACKUP_SCHEMA_VERSION = DB_VERSION;

export type { StoreName };
export type Row<K extends StoreName> = StoreRows[K];
export type BackupData = { [K in StoreName]: Row<K>[] };

export interface Backup {
  app: typeof BACKUP_APP;
  format: number;
  schemaVersion: number;
  exportedAt: string;
  data: BackupData;
}

/** Every store, in the order they are shown in a preview. */
export const STORES = [
  'results',
  'attempts',
  'practice',
  'flags',
  'studySessions',
  'timer',
  'cards',
  'chapterReviews',
  'reading',
  'checklist',
  'stars',
  'reports',
  'ownPacks',
  'settings',
  'deletions',
] as const satisfies readonly StoreName[];

/** What each store is called in previews and error messages. */
export const KIND_LABELS: Record<StoreName, string> = {
  results: 'answers',
  attempts: 'exam attempts',
  practice: 'practice sessions',
  flags: 'flags',
  studySessions: 'study sessions',
  timer: 'study timer',
  cards: 'flashcards',
  chapterReviews: 'chapter reviews',
  reading: 'reading positions',
  checklist: 'checklist items',
  stars: 'stars',
  reports: 'problem reports',
  ownPacks: 'imported question packs',
  settings: 'settings',
  deletions: 'deletions',
};

/** The key path of each store (merges match rows on it). */
export const KEY_OF: { [K in StoreName]: (row: Row<K>) => string } = {
  settings: (r) => r.key,
  studySessions: (r) => r.id,
  reading: (r) => r.chapterId,
  checklist: (r) => r.id,
  stars: (r) => r.id,
  practice: (r) => r.id,
  attempts: (r) => r.id,
  flags: (r) => r.questionId,
  results: (r) => r.questionId,
  timer: (r) => r.id,
  cards: (r) => r.id,
  chapterReviews: (r) => r.id,
  reports: (r) => r.id,
  ownPacks: (r) => r.id,
  deletions: (r) => r.id,
};

const Str = v.pipe(v.string(), v.maxLength(100_000));
// An id may become a key of a plain object (answers by question id): never one of Object.prototype's.
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(500), v.check((id) => !FORBIDDEN_KEYS.has(id)));
const Num = v.pipe(v.number(), v.finite());
const Int = v.pipe(v.number(), v.integer());
/** Epoch ms, up to the last instant a Date can hold. */
const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
/** A day's worth at most: the study log's own limit. */
const DayMinutes = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(24 * 60));
const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const Option = v.picklist(OPTION_IDS);
const Options = v.array(Option);
const PackId = v.nullable(Id);
const Tally = v.strictObject({ correct: Int, total: Int });

// Device-local settings (DEVICE_SETTINGS) are still accepted from older backups, then left out on import.
const Changed = v.optional(Time);
const SettingRow = v.variant('key', [
  v.strictObject({ key: v.literal('theme'), value: v.picklist(['system', 'light', 'dark']), updatedAt: Changed }),
  v.strictObject({ key: v.literal('offlineReadyShown'), value: v.boolean(), updatedAt: Changed }),
  v.strictObject({ key: v.literal('iosInstallGuideDismissed'), value: v.boolean(), updatedAt: Changed }),
  v.strictObject({ key: v.literal('persistRequested'), value: v.boolean(), updatedAt: Changed }),
  v.strictObject({ key: v.literal('planKind'), value: v.picklist(['8', '10']), updatedAt: Changed }),
  v.strictObject({ key: v.literal('planStart'), value: v.union([v.literal(''), Day]), updatedAt: Changed }),
  v.strictObject({ key: v.literal('examDay'), value: v.union([v.literal(''), Day]), updatedAt: Changed }),
  v.strictObject({ key: v.literal('capReviewsAtExam'), value: v.boolean(), updatedAt: Changed }),
  v.strictObject({ key: v.literal('shuffle'), value: v.boolean(), updatedAt: Changed }),
  v.strictObject({ key: v.literal('lastBackupAt'), value: Time, updatedAt: Changed }),
]);

const StudySessionRow = v.strictObject({
  id: Id,
  day: Day,
  minutes: DayMinutes,
  activity: v.picklist(['reading', 'practice', 'flashcards', 'hands-on', 'other']),
  note: Str,
  updatedAt: Time,
  tracked: v.optional(v.boolean()),
});

const ReadingRow = v.strictObject({
  chapterId: Id,
  anchor: Str,
  block: v.optional(v.pipe(Num, v.integer(), v.minValue(0))),
  offset: v.optional(v.pipe(Num, v.minValue(0), v.maxValue(1))),
  progress: v.pipe(Num, v.minValue(0), v.maxValue(1)),
  read: v.boolean(),
  readAt: v.optional(Time),
  updatedAt: Time,
});

const ChecklistRow = v.strictObject({ id: Id, chapterId: Id, checked: v.boolean(), updatedAt: Time });

const StarRow = v.strictObject({ id: Id, chapterId: Id, anchor: Str, label: Str, createdAt: Time });

const PracticeRow = v.strictObject({
  id: Id,
  packId: PackId,
  title: Str,
  questionIds: v.array(Id),
  index: v.pipe(Int, v.minValue(0)),
  answers: v.record(Id, v.strictObject({ selected: Options, checked: v.boolean() })),
  updatedAt: Time,
  shuffleSeed: v.optional(Id),
  kind: v.optional(v.picklist(['short', 'drill'])),
  finishedAt: v.optional(Time),
});

const ScoreRow = v.strictObject({
  correct: Int,
  total: Int,
  percent: Num,
  scaled: Num,
  byDomain: v.record(Id, Tally),
  byTask: v.record(Id, Tally),
  wrongIds: v.array(Id),
});

const AttemptRow = v.strictObject({
  id: Id,
  packId: PackId,
  title: Str,
  questionIds: v.array(Id),
  answers: v.record(Id, Options),
  flagged: v.array(Id),
  current: v.pipe(Int, v.minValue(0)),
  startedAt: Time,
  deadline: Time,
  limitMinutes: v.pipe(Num, v.minValue(0), v.maxValue(20_000)),
  targetPercent: v.pipe(Num, v.minValue(0), v.maxValue(100)),
  submittedAt: v.nullable(Time),
  timedOut: v.boolean(),
  score: v.nullable(ScoreRow),
  note: Str,
  updatedAt: Changed,
  shuffleSeed: v.optional(Id),
});

const FlagRow = v.strictObject({ questionId: Id, packId: PackId, flaggedAt: Time });

const ResultRow = v.strictObject({
  questionId: Id,
  packId: PackId,
  selected: Options,
  correct: v.boolean(),
  answeredAt: Time,
  first: v.optional(v.strictObject({ correct: v.boolean(), answeredAt: Time })),
});

const TimerRow = v.strictObject({
  id: v.literal('current'),
  record: v.nullable(v.strictObject({
    startedAt: Time,
    pauses: v.array(v.strictObject({ at: Time, until: v.nullable(Time) })),
    stoppedAt: v.nullable(Time),
    settings: v.strictObject({
      focusMinutes: Num,
      shortBreakMinutes: Num,
      longBreakMinutes: Num,
      sessionsBeforeLongBreak: Num,
      maxFocusMinutes: Num,
    }),
  })),
  loggedMinutes: v.pipe(Num, v.minValue(0)),
  updatedAt: Changed,
});

const CardRow = v.strictObject({
  id: Id,
  card: v.strictObject({
    due: Time,
    stability: Num,
    difficulty: Num,
    elapsed_days: Num,
    scheduled_days: Num,
    learning_steps: Num,
    reps: Int,
    lapses: Int,
    state: v.picklist([0, 1, 2, 3]),
    last_review: v.nullable(Time),
  }),
  updatedAt: Time,
  introducedAt: v.optional(Time),
});

const ChapterReviewRow = v.strictObject({ id: Id, chapterId: Id, step: Int, doneAt: Time });

const ReportRow = v.strictObject({ id: Id, questionId: Id, note: v.pipe(v.string(), v.maxLength(2000)), createdAt: Time });

const DeletionRow = v.pipe(
  v.strictObject({ id: Id, store: v.picklist(STORES.filter((s) => s !== 'deletions')), key: Id, deletedAt: Time }),
  v.check((r) => r.id === `${r.store}:${r.key}`, 'id must be "store:key"'),
);

/** One schema per store; each parses to exactly the row type the store holds. */
export const ROW_SCHEMAS: { [K in StoreName]: v.GenericSchema<unknown, Row<K>> } = {
  settings: SettingRow,
  studySessions: StudySessionRow,
  reading: ReadingRow,
  checklist: ChecklistRow,
  stars: StarRow,
  practice: PracticeRow,
  attempts: AttemptRow,
  flags: FlagRow,
  results: ResultRow,
  timer: TimerRow,
  cards: CardRow,
  chapterReviews: ChapterReviewRow,
  reports: ReportRow,
  ownPacks: OwnPackSchema,
  deletions: DeletionRow,
};

export function emptyData(): BackupData {
  return {
    settings: [],
    studySessions: [],
    reading: [],
    checklist: [],
    stars: [],
    practice: [],
    attempts: [],
    flags: [],
    results: [],
    timer: [],
    cards: [],
    chapterReviews: [],
    reports: [],
    ownPacks: [],
    deletions: [],
  };
}

export type Counts = Record<StoreName, number>;

export function countRows(data: BackupData): Counts {
  const counts = {} as Counts;
  for (const store of STORES) counts[store] = data[store].length;
  return counts;
}
