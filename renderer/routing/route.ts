/** The app's few screens, addressed by the URL hash so that no router is needed. */
export type Route =
  | { name: 'portfolio' }
  | { name: 'account'; id: number }
  | { name: 'settings' }
  | { name: 'importWizard' }
  | { name: 'importHistory' }
  | { name: 'syncReview' }
  | { name: 'metrics' }
  | { name: 'scorecards' }
  | { name: 'notFound'; path: string };

/** Screens addressed by a fixed path (no parameters). */
const FIXED_PATHS = {
  '/portfolio': 'portfolio',
  '/settings': 'settings',
  '/import': 'importWizard',
  '/imports': 'importHistory',
  '/sync': 'syncReview',
  '/metrics': 'metrics',
  '/scorecards': 'scorecards',
} as const satisfies Record<string, Route['name']>;

type FixedName = (typeof FIXED_PATHS)[keyof typeof FIXED_PATHS];

const HASH_OF = Object.fromEntries(Object.entries(FIXED_PATHS).map(([path, name]) => [name, `#${path}`])) as Record<
  FixedName,
  string
>;

/** Reads "#/portfolio", "#/accounts/12", "#/import", "#/sync"...; an empty hash is the portfolio. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const path = raw.split('?')[0]!.replace(/\/+$/, '');
  if (path === '') return { name: 'portfolio' };
  if (Object.prototype.hasOwnProperty.call(FIXED_PATHS, path)) {
    return { name: FIXED_PATHS[path as keyof typeof FIXED_PATHS] };
  }
  const account = /^\/accounts\/(\d+)$/.exec(path);
  if (account) {
    const id = Number(account[1]);
    if (Number.isSafeInteger(id) && id > 0) return { name: 'account', id };
  }
  return { name: 'notFound', path: raw };
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'account':
      return `#/accounts/${route.id}`;
    case 'notFound':
      return `#${route.path}`;
    default:
      return HASH_OF[route.name];
  }
}
