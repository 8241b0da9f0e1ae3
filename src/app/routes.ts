// Every screen has its own URL, so deep links and Back work (offline too: the
// service worker answers every navigation with the app shell).
export const TABS = [
  { path: '/read', label: 'Read', icon: 'book' },
  { path: '/practice', label: 'Practice', icon: 'check' },
  { path: '/review', label: 'Review', icon: 'flag' },
  { path: '/progress', label: 'Progress', icon: 'chart' },
] as const;

export type TabIcon = (typeof TABS)[number]['icon'];

export function activeTab(path: string): string | null {
  if (path === '/' || path === '/search') return '/read';
  if (path.startsWith('/exam/') || path.startsWith('/results/')) return '/practice';
  return TABS.find((t) => path === t.path || path.startsWith(`${t.path}/`))?.path ?? null;
}

export function titleFor(path: string): string {
  if (path.startsWith('/settings')) return 'Settings';
  if (path === '/progress/log') return 'Log study time';
  if (path.startsWith('/progress/log/')) return 'Edit study time';
  if (path === '/progress/timer') return 'Study timer';
  if (path === '/review/cards') return 'Flashcards';
  if (path === '/search') return 'Search';
  if (path === '/read/updates') return 'What has changed';
  if (path === '/progress/scores') return 'Score history';
  if (path.startsWith('/exam/')) return 'Exam';
  if (path.startsWith('/results/')) return 'Results';
  const tab = activeTab(path);
  return TABS.find((t) => t.path === tab)?.label ?? 'Not found';
}
