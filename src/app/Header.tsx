import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Icon } from './Icon';
import { titleFor } from './routes';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = (): void => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export function Header() {
  const { path } = useLocation();
  const online = useOnline();
  return (
    <header class="app-header">
      {/* A chapter's own title is its screen's h1: one h1 per screen. */}
      {/^\/read\/[^/]+$/.test(path) ? <p class="app-title">{titleFor(path)}</p> : <h1 class="app-title">{titleFor(path)}</h1>}
      {!online && (
        <span class="offline-pill" role="status">
          <Icon name="offline" /> Offline
        </span>
      )}
      <a class="icon-button" href="/settings" aria-label="Settings" aria-current={path === '/settings' ? 'page' : undefined}>
        <Icon name="gear" />
      </a>
    </header>
  );
}
