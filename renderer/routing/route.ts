/** The app's few screens, addressed by the URL hash so that no router is needed. */
export type Route =
  | { name: 'portfolio' }
  | { name: 'account'; id: number }
  | { name: 'settings' }
  | { name: 'notFound'; path: string };

/** Reads "#/portfolio", "#/accounts/12", "#/settings"; an empty hash is the portfolio. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const path = raw.split('?')[0]!.replace(/\/+$/, '');
  if (path === '' || path === '/portfolio') return { name: 'portfolio' };
  if (path === '/settings') return { name: 'settings' };
  const account = /^\/accounts\/(\d+)$/.exec(path);
  if (account) {
    const id = Number(account[1]);
    if (Number.isSafeInteger(id) && id > 0) return { name: 'account', id };
  }
  return { name: 'notFound', path: raw };
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'portfolio':
      return '#/portfolio';
    case 'account':
      return `#/accounts/${route.id}`;
    case 'settings':
      return '#/settings';
    case 'notFound':
      return `#${route.path}`;
  }
}
