import { render } from 'preact';
import { App } from './app/App';
import { captureInstallPrompt } from './app/pwa/install';
import { getDb } from './lib/db/connection';
import './app/styles.css';
import './features/read/reader.css';
import './features/practice/practice.css';
import './features/progress/progress.css';
import './features/flashcards/flashcards.css';
import './features/backup/backup.css';

captureInstallPrompt();
// Every screen reads the database first: open it while the screen's code loads.
void getDb().catch(() => undefined);
// The build drew a static frame into #app (scripts/shell/): the app replaces it in the same task, so no frame paints between.
const root = document.getElementById('app')!;
root.replaceChildren();
render(<App />, root);
