import type { StudyActivity } from '../../lib/db/schema';

export const ACTIVITY_LABELS: Record<StudyActivity, string> = {
  reading: 'Reading the guide',
  practice: 'Practice questions',
  flashcards: 'Flashcards',
  'hands-on': 'Hands-on labs',
  other: 'Other',
};
