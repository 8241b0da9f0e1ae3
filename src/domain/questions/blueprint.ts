// The DVA-C02 exam guide's blueprint: domain weights and task statements.
// Pure data, shared by results, the bank's checks and (later) the study coach.

export const DOMAIN_WEIGHTS: Readonly<Record<string, number>> = { '1': 32, '2': 26, '3': 24, '4': 18 };

/** Questions per domain in a 65-question form (the full practice tests are built to it). */
export const FORM_COUNTS: Readonly<Record<string, number>> = { '1': 21, '2': 17, '3': 15, '4': 12 };

export const DOMAIN_NAMES: Readonly<Record<string, string>> = {
  '1': 'Development with AWS Services',
  '2': 'Security',
  '3': 'Deployment',
  '4': 'Troubleshooting and Optimization',
};

export const TASK_NAMES: Readonly<Record<string, string>> = {
  '1.1': 'Develop code for applications hosted on AWS',
  '1.2': 'Develop code for AWS Lambda',
  '1.3': 'Use data stores in application development',
  '2.1': 'Implement authentication and/or authorization',
  '2.2': 'Implement encryption by using AWS services',
  '2.3': 'Manage sensitive data in application code',
  '3.1': 'Prepare application artifacts to be deployed to AWS',
  '3.2': 'Test applications in development environments',
  '3.3': 'Automate deployment testing',
  '3.4': 'Deploy code by using AWS CI/CD services',
  '4.1': 'Assist in a root cause analysis',
  '4.2': 'Instrument code for observability',
  '4.3': 'Optimize applications by using AWS services and features',
};

/** The task statements with the most misses (at least one), most first; ties by task order. */
export function mostMissedTasks(byTask: Readonly<Record<string, { correct: number; total: number }>>, limit = 3): { task: string; missed: number; total: number }[] {
  return Object.entries(byTask)
    .map(([task, t]) => ({ task, missed: t.total - t.correct, total: t.total }))
    .filter((t) => t.missed > 0)
    .sort((a, b) => b.missed - a.missed || (a.task < b.task ? -1 : 1))
    .slice(0, limit);
}
