import { ErrorBoundary } from './components/ErrorBoundary';
import { Sidebar } from './components/Sidebar';
import { TopBar } from './components/TopBar';
import { AccountPage } from './features/account/AccountPage';
import { PortfolioScreen } from './features/portfolio/PortfolioScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { routeToHash, type Route } from './routing/route';
import { useRoute } from './routing/useRoute';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'portfolio':
      return <PortfolioScreen />;
    case 'account':
      return <AccountPage key={route.id} id={route.id} />;
    case 'settings':
      return <SettingsScreen />;
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
  return (
    <div className="app">
      <Sidebar route={route} />
      <div className="main-column">
        <TopBar />
        <main className="content">
          <ErrorBoundary key={routeToHash(route)}>
            <Screen route={route} />
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
