// The guide's study plans as typed data. Source: 00-overview "Study Plan
// Overview" (seed lines 28–88), extracted in trackers.json as
// `schedule_8_week_overview` and `schedule_10_week_overview`. Texts are the
// guide's own words; links (chapter ids, section anchors, pack ids) are added
// as data so the "This week" card can link them.
//
// Chapter ids are the file names in content/chapters/ without .md; anchors are
// the heading ids the content compiler gives (github-slugger); pack ids are
// those of content/packs.json. tests/unit/domain/plan.test.ts checks all three
// against the real files.

export interface ChapterLink {
  chapterId: string;
  /** A section of the chapter (heading id), when the guide names one. */
  anchor?: string;
  label: string;
}

export interface PlanItem {
  /** The guide's text after the label ("Read: …"). */
  text: string;
}

export interface ReadItem extends PlanItem {
  chapters: ChapterLink[];
}

export interface FocusItem extends PlanItem {
  /** The guide uses Focus for most weeks, Hands-on in week 1 and Review in weeks 7–8. */
  label: 'Focus' | 'Hands-on' | 'Review';
}

export interface PracticeItem extends PlanItem {
  packIds: string[];
  /** A non-pack practice step that lives in the guide (week 1: the Free Tier account). */
  chapters: ChapterLink[];
}

export interface GoalItem extends PlanItem {
  /** The percentage in the goal ("70%+ on practice questions" → 70), or null. */
  targetPercent: number | null;
}

/** One week of the guide's 8-week schedule. */
export interface ScheduleWeek {
  week: number;
  title: string;
  /** The domain chapter (Domains 1–4) this week studies; null for the other weeks. Drives the 10-week derivation. */
  domainChapterId: string | null;
  read: ReadItem;
  focus: FocusItem;
  practice: PracticeItem;
  goal: GoalItem;
  /** Seed line of the week heading (trackers.json `line`). */
  line: number;
}

const D1 = '02-domain-1-development';

/** The domain chapters (Domains 1–4): the ones the 10-week plan gives 1.5 weeks each. */
export const DOMAIN_CHAPTERS = [D1, '03-domain-2-security', '04-domain-3-deployment', '05-domain-4-troubleshooting'] as const;

export const SCHEDULE_8_WEEK: readonly ScheduleWeek[] = [
  {
    week: 1,
    title: 'Foundations',
    domainChapterId: null,
    read: { text: '01_fundamentals', chapters: [{ chapterId: '01-fundamentals', label: 'Fundamentals' }] },
    focus: { label: 'Hands-on', text: 'Explore AWS Console' },
    practice: {
      text: 'Set up AWS Free Tier account',
      packIds: [],
      chapters: [{ chapterId: '00-overview', anchor: 'creating-your-free-tier-account', label: 'Creating Your Free Tier Account' }],
    },
    goal: { text: 'Understand AWS basics and core services', targetPercent: null },
    line: 30,
  },
  {
    week: 2,
    title: 'Development Basics (Domain 1 - Part 1)',
    domainChapterId: D1,
    // The guide's split does not match the chapter's sections exactly
    // (INVENTORY 7.4): API Gateway is Section 3. We link the sections the guide names.
    read: {
      text: '02_domain_1_development (Sections 1-2)',
      chapters: [
        { chapterId: D1, anchor: 'section-1-developing-code-for-applications-hosted-on-aws', label: 'Section 1: Developing Code for Applications Hosted on AWS' },
        { chapterId: D1, anchor: 'section-2-aws-lambda-development-in-depth', label: 'Section 2: AWS Lambda Development In-Depth' },
      ],
    },
    focus: { label: 'Focus', text: 'Lambda, API Gateway, basic application patterns' },
    practice: { text: 'Domain 1 Bundle 1 questions', packIds: ['d1-bundle-1'], chapters: [] },
    goal: { text: '70%+ on practice questions', targetPercent: 70 },
    line: 37,
  },
  {
    week: 3,
    title: 'Development Advanced (Domain 1 - Part 2)',
    domainChapterId: D1,
    read: {
      text: '02_domain_1_development (Sections 3-4)',
      chapters: [
        { chapterId: D1, anchor: 'section-3-api-development-with-amazon-api-gateway', label: 'Section 3: API Development with Amazon API Gateway' },
        { chapterId: D1, anchor: 'section-4-messaging-services-sqs-sns-eventbridge', label: 'Section 4: Messaging Services (SQS, SNS, EventBridge)' },
      ],
    },
    focus: { label: 'Focus', text: 'Data stores, messaging services, event-driven architecture' },
    practice: { text: 'Domain 1 Bundle 2 questions', packIds: ['d1-bundle-2'], chapters: [] },
    goal: { text: '75%+ on practice questions', targetPercent: 75 },
    line: 44,
  },
  {
    week: 4,
    title: 'Security (Domain 2)',
    domainChapterId: '03-domain-2-security',
    read: { text: '03_domain_2_security', chapters: [{ chapterId: '03-domain-2-security', label: 'Domain 2: Security' }] },
    focus: { label: 'Focus', text: 'IAM, Cognito, encryption, secrets management' },
    practice: { text: 'Domain 2 Bundle 1 questions', packIds: ['d2-bundle-1'], chapters: [] },
    goal: { text: '75%+ on practice questions', targetPercent: 75 },
    line: 51,
  },
  {
    week: 5,
    title: 'Deployment (Domain 3)',
    domainChapterId: '04-domain-3-deployment',
    read: { text: '04_domain_3_deployment', chapters: [{ chapterId: '04-domain-3-deployment', label: 'Domain 3: Deployment' }] },
    focus: { label: 'Focus', text: 'CI/CD, CodePipeline, SAM, CloudFormation' },
    practice: { text: 'Domain 3 Bundle 1 questions', packIds: ['d3-bundle-1'], chapters: [] },
    goal: { text: '75%+ on practice questions', targetPercent: 75 },
    line: 58,
  },
  {
    week: 6,
    title: 'Troubleshooting (Domain 4)',
    domainChapterId: '05-domain-4-troubleshooting',
    read: { text: '05_domain_4_troubleshooting', chapters: [{ chapterId: '05-domain-4-troubleshooting', label: 'Domain 4: Troubleshooting' }] },
    focus: { label: 'Focus', text: 'CloudWatch, X-Ray, logging, optimization' },
    practice: { text: 'Domain 4 Bundle 1 questions', packIds: ['d4-bundle-1'], chapters: [] },
    goal: { text: '75%+ on practice questions', targetPercent: 75 },
    line: 65,
  },
  {
    week: 7,
    title: 'Integration & Practice',
    domainChapterId: null,
    read: { text: '06_integration', chapters: [{ chapterId: '06-integration', label: 'Integration' }] },
    focus: { label: 'Review', text: 'Weak areas from practice test' },
    practice: { text: 'Full Practice Test 1', packIds: ['full-test-1'], chapters: [] },
    goal: { text: '70%+ on full practice test', targetPercent: 70 },
    line: 72,
  },
  {
    week: 8,
    title: 'Final Preparation',
    domainChapterId: null,
    read: {
      text: '07_study_strategies and 08_final_checklist',
      chapters: [
        { chapterId: '07-study-strategies', label: 'Study Strategies' },
        { chapterId: '08-final-checklist', label: 'Final Checklist' },
      ],
    },
    focus: { label: 'Review', text: 'All marked sections and weak areas' },
    practice: { text: 'Full Practice Tests 2 and 3', packIds: ['full-test-2', 'full-test-3'], chapters: [] },
    goal: { text: '75%+ on both practice tests', targetPercent: 75 },
    line: 79,
  },
];

/** The guide's whole text for the 10-week alternative (00, seed lines 86–88). */
export const TEN_WEEK_RULE =
  'Follow the same structure but spend 1.5 weeks on each domain chapter, with extra time for hands-on practice and review.';

/** The numbers in that sentence, and the plan length in its heading. */
export const TEN_WEEK_TOTAL_WEEKS = 10;
export const WEEKS_PER_DOMAIN_CHAPTER = 1.5;

/**
 * The block the 10-week plan adds for "extra time for hands-on practice and
 * review". Its Hands-on text is the guide's own hands-on list from Appendix F
 * (99, seed lines 7085, 7092, 7099); its Review text repeats week 7's.
 */
export const EXTRA_PRACTICE_BLOCK: Omit<ScheduleWeek, 'week' | 'line' | 'domainChapterId'> = {
  title: 'Hands-on Practice & Review',
  read: { text: 'Re-read weak areas', chapters: [] },
  focus: {
    label: 'Hands-on',
    text:
      'Create Lambda function, API Gateway, SQS queue; Configure Cognito, create SAM template, deploy with CodePipeline; Write CloudWatch Logs Insights queries, enable X-Ray tracing',
  },
  practice: { text: 'Retake any bundle below its target', packIds: [], chapters: [] },
  goal: { text: 'Review: Weak areas from practice test', targetPercent: null },
};

/** Optimal 2-3 hours per day, minimum 1, maximum 4 (00, seed lines 277–279; trackers.json study_time_management). */
export const DAILY_STUDY_MINUTES = { minimum: 60, optimalLow: 120, optimalHigh: 180, maximum: 240 } as const;

/** "5-6 days of study", "1-2 days of rest/review" (00, seed lines 289–290). */
export const STUDY_DAYS_PER_WEEK = { low: 5, high: 6 } as const;
