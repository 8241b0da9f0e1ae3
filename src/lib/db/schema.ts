// The one IndexedDB schema of the app. Every store the app will ever read is
// declared here; each store has its own small module of verb-named functions.
import type { DBSchema } from 'idb';

export const DB_NAME = 'dva-study';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Key-value settings; each key has its own value type. */
export interface SettingValues {
  theme: ThemeChoice;
  offlineReadyShown: boolean;
  iosInstallGuideDismissed: boolean;
  persistRequested: boolean;
}
export type SettingKey = keyof SettingValues;

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
}

/** Where the reader was in a chapter, and whether it is read. */
export interface ReadingState {
  chapterId: string;
  /** Id of the section heading at the top of the screen when last seen. */
  anchor: string;
  /** Furthest point reached, 0..1 of the chapter's length. */
  progress: number;
  read: boolean;
  updatedAt: number;
}

export interface ChecklistItemState {
  id: string; // chapterId:headingId:index
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

export interface StudyDB extends DBSchema {
  settings: {
    key: SettingKey;
    value: { key: SettingKey; value: SettingValues[SettingKey] };
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
}
