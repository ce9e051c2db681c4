import type { Route } from '../routing/route';

const LINKS = [
  { href: '#/portfolio', label: 'Portfolio', active: (r: Route) => r.name === 'portfolio' || r.name === 'account' },
  { href: '#/settings', label: 'Settings', active: (r: Route) => r.name === 'settings' },
] as const;

export function Sidebar({ route }: { route: Route }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">CSM Workbench</div>
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.active(route) ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
