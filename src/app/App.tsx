import { useEffect, useLayoutEffect } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { loaders } from 'virtual:guide';
import { ReadScreen } from '../features/read/ReadScreen';
import { onConnectionEvent } from '../lib/db/connection';
import { getSetting } from '../lib/db/settings';
import { BottomNav } from './BottomNav';
import { CrashBoundary } from './CrashBoundary';
import { Header } from './Header';
import { IosInstallGuide } from './pwa/IosInstallGuide';
import { showNotice } from './notices';
import { applyTheme } from './theme';
import { Toasts } from './Toasts';
import { setTitlePath } from './document-title';
import { focusNewScreen } from './route-focus';
import { startChapter } from './start-route';
import { preloadStartQuestion } from './start-question';
import { StudyOffer } from './pwa/StudyOffer';
// Before any navigation: every history entry gets its place, so Back and Forward can be told apart.
import './history-back';

// Read is the first screen and ships in the entry chunk; the rest load on
// demand (and are precached, so they load offline too).
const PracticeScreen = lazy(() => import('../features/practice/PracticeScreen'));
const ReviewScreen = lazy(() => import('../features/review/ReviewScreen'));
const FlashcardsScreen = lazy(() => import('../features/flashcards/FlashcardsScreen'));
const ProgressScreen = lazy(() => import('../features/progress/ProgressScreen'));
const LogStudyScreen = lazy(() => import('../features/progress/LogStudyScreen'));
const TimerScreen = lazy(() => import('../features/progress/TimerScreen'));
const ChapterScreen = lazy(() => import('../features/read/ChapterScreen'));
const SearchScreen = lazy(() => import('../features/read/SearchScreen'));
const ErrataScreen = lazy(() => import('../features/read/ErrataScreen'));
const PackScreen = lazy(() => import('../features/practice/PackScreen'));
const PracticeSessionScreen = lazy(() => import('../features/practice/PracticeSessionScreen'));
const ExamScreen = lazy(() => import('../features/exam/ExamScreen'));
const ExamReviewScreen = lazy(() => import('../features/exam/ExamReviewScreen'));
const ResultsScreen = lazy(() => import('../features/exam/ResultsScreen'));
const ScoresScreen = lazy(() => import('../features/progress/ScoresScreen'));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen'));
const NotFound = lazy(() => import('./NotFound'));

// Opened straight on a chapter (a deep link, or "Continue reading")? Fetch the
// reader and the chapter in parallel rather than one after the other.
preloadStartQuestion(location.pathname);

// Opened on a tab that loads on demand? Its screen's chunks start loading now,
// while the rest of the app is still being evaluated, not after the first render.
const START_SCREENS: Record<string, { preload: () => Promise<unknown> }> = {
  '/practice': PracticeScreen,
  '/review': ReviewScreen,
  '/progress': ProgressScreen,
};
void START_SCREENS[location.pathname]?.preload().catch(() => undefined);

const startLoader = startChapter ? loaders[startChapter] : undefined;
if (startLoader) {
  void ChapterScreen.preload();
  void startLoader();
}

function useAppSetup(): void {
  useEffect(() => {
    void getSetting('theme').then(applyTheme).catch(() => applyTheme('system'));
    // Sync (issue 16) in its own small chunk, after the first screen; PouchDB only if it is on.
    const syncStart = setTimeout(() => void import('../lib/sync/controller').then((m) => m.startSync()).catch(() => undefined), 1000);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onSystemChange = (): void => void getSetting('theme').then(applyTheme).catch(() => undefined);
    media.addEventListener('change', onSystemChange);
    const off = onConnectionEvent((event) => {
      if (event.type === 'versionchange') {
        showNotice({
          tone: 'error',
          text: 'A newer version of the app was opened in another tab. Reload this tab to keep going; everything you saved is kept.',
          action: { label: 'Reload', run: () => window.location.reload() },
        });
      } else {
        showNotice({ tone: 'info', text: 'Close the app’s other tabs so it can finish updating its storage.' });
      }
    });
    return () => {
      clearTimeout(syncStart);
      media.removeEventListener('change', onSystemChange);
      off();
    };
  }, []);
}

function DocumentTitle() {
  const { path } = useLocation();
  // Before the screens' own effects, which may name their subject.
  useLayoutEffect(() => setTitlePath(path), [path]);
  return null;
}

function StudyOfferHere() {
  const { path } = useLocation();
  return <StudyOffer path={path} />;
}

function RouteCrashBoundary({ children }: { children: preact.ComponentChildren }) {
  const { path } = useLocation();
  return <CrashBoundary path={path}>{children}</CrashBoundary>;
}

export function App() {
  useAppSetup();
  return (
    <LocationProvider>
      <DocumentTitle />
      <a class="skip-link" href="#main">Skip to content</a>
      <Header />
      <main id="main" tabIndex={-1}>
        <IosInstallGuide />
        <StudyOfferHere />
        <RouteCrashBoundary>
        <ErrorBoundary>
          <Router onRouteChange={focusNewScreen}>
            <Route path="/" component={ReadScreen} />
            <Route path="/read" component={ReadScreen} />
            <Route path="/read/updates" component={ErrataScreen} />
            <Route path="/read/:chapterId" component={ChapterScreen} />
            <Route path="/search" component={SearchScreen} />
            <Route path="/practice" component={PracticeScreen} />
            <Route path="/practice/:packId" component={PackScreen} />
            <Route path="/practice/:sessionId/q" component={PracticeSessionScreen} />
            <Route path="/exam/:attemptId" component={ExamScreen} />
            <Route path="/exam/:attemptId/review" component={ExamReviewScreen} />
            <Route path="/results/:attemptId" component={ResultsScreen} />
            <Route path="/review" component={ReviewScreen} />
            <Route path="/review/cards" component={FlashcardsScreen} />
            <Route path="/progress" component={ProgressScreen} />
            <Route path="/progress/log" component={LogStudyScreen} />
            <Route path="/progress/log/:id" component={LogStudyScreen} />
            <Route path="/progress/timer" component={TimerScreen} />
            <Route path="/progress/scores" component={ScoresScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
        </RouteCrashBoundary>
      </main>
      <Toasts />
      <BottomNav />
    </LocationProvider>
  );
}
