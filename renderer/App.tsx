import { ErrorBoundary } from './components/ErrorBoundary';
import { Sidebar } from './components/Sidebar';
import { TopBar } from './components/TopBar';
import { useNavShortcuts } from './components/useNavShortcuts';
import { lazy, Suspense } from 'react';
import { PortfolioScreen } from './features/portfolio/PortfolioScreen';
import { routeToHash, type Route } from './routing/route';
import { useRoute } from './routing/useRoute';

// The portfolio is the first screen and ships in the main bundle; the others load on first
// visit, so start-up parses less script.
const AccountPage = lazy(() => import('./features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const SettingsScreen = lazy(() => import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const ImportWizard = lazy(() => import('./features/imports/wizard/ImportWizard').then((m) => ({ default: m.ImportWizard })));
const ImportHistoryScreen = lazy(() =>
  import('./features/imports/history/ImportHistoryScreen').then((m) => ({ default: m.ImportHistoryScreen })),
);
const MetricsScreen = lazy(() => import('./features/metrics/MetricsScreen').then((m) => ({ default: m.MetricsScreen })));
const ScorecardsScreen = lazy(() => import('./features/scorecards/ScorecardsScreen').then((m) => ({ default: m.ScorecardsScreen })));
const SyncReviewScreen = lazy(() => import('./features/sync/SyncReviewScreen').then((m) => ({ default: m.SyncReviewScreen })));

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'portfolio':
      return <PortfolioScreen />;
    case 'account':
      return <AccountPage key={route.id} id={route.id} />;
    case 'settings':
      return <SettingsScreen />;
    case 'importWizard':
      return <ImportWizard />;
    case 'importHistory':
      return <ImportHistoryScreen />;
    case 'syncReview':
      return <SyncReviewScreen />;
    case 'metrics':
      return <MetricsScreen />;
    case 'scorecards':
      return <ScorecardsScreen />;
    case 'notFound':
      return (
        <div className="screen empty-state">
          <h2>Nothing here</h2>
          <p>
            There is no page at <code>{route.path}</code>.
          </p>
          <a href="#/portfolio">Go to the portfolio</a>
        </div>
      );
  }
}

export function App() {
  const route = useRoute();
  useNavShortcuts();
  return (
    <div className="app">
      <Sidebar route={route} />
      <div className="main-column">
        <TopBar />
        <main className="content">
          <ErrorBoundary key={routeToHash(route)}>
            <Suspense fallback={<p className="screen muted">Loading…</p>}>
              <Screen route={route} />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
