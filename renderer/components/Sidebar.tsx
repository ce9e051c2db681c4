import type { Route } from '../routing/route';
import { shortcutFor } from './navShortcuts';

const LINKS: readonly { href: string; label: string; screen: Route['name']; active: (r: Route) => boolean }[] = [
  { href: '#/portfolio', label: 'Portfolio', screen: 'portfolio', active: (r) => r.name === 'portfolio' || r.name === 'account' },
  { href: '#/metrics', label: 'Metrics', screen: 'metrics', active: (r) => r.name === 'metrics' },
  { href: '#/import', label: 'Import files', screen: 'importWizard', active: (r) => r.name === 'importWizard' },
  { href: '#/imports', label: 'Import history', screen: 'importHistory', active: (r) => r.name === 'importHistory' },
  { href: '#/sync', label: 'Sync review', screen: 'syncReview', active: (r) => r.name === 'syncReview' },
  { href: '#/scorecards', label: 'Scorecards', screen: 'scorecards', active: (r) => r.name === 'scorecards' },
  { href: '#/settings', label: 'Settings', screen: 'settings', active: (r) => r.name === 'settings' },
];

export function Sidebar({ route }: { route: Route }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">CSM Workbench</div>
      <ul>
        {LINKS.map((link) => {
          const shortcut = shortcutFor(link.screen);
          return (
            <li key={link.href}>
              <a
                href={link.href}
                aria-current={link.active(route) ? 'page' : undefined}
                title={shortcut ? `${link.label} (press ${shortcut.replace(' ', ' then ')})` : undefined}
              >
                <span>{link.label}</span>
                {shortcut && (
                  <kbd className="nav-key" aria-hidden="true">
                    {shortcut}
                  </kbd>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
