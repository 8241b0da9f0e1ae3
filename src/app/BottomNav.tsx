import { useLocation } from 'preact-iso';
import { Icon } from './Icon';
import { TABS, activeTab } from './routes';

export function BottomNav() {
  const { path } = useLocation();
  const current = activeTab(path);
  return (
    <nav class="bottom-nav" aria-label="Main">
      {TABS.map((tab) => (
        <a key={tab.path} href={tab.path} aria-current={current === tab.path ? 'page' : undefined}>
          <Icon name={tab.icon} />
          <span>{tab.label}</span>
        </a>
      ))}
    </nav>
  );
}
