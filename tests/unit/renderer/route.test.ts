import { describe, expect, it } from 'vitest';
import { parseHash, routeToHash, type Route } from '../../../renderer/routing/route';

describe('parseHash', () => {
  it('maps the empty hash and #/portfolio to the portfolio', () => {
    for (const hash of ['', '#', '#/', '#/portfolio', '#/portfolio/']) {
      expect(parseHash(hash)).toEqual({ name: 'portfolio' });
    }
  });
  it('reads account ids', () => {
    expect(parseHash('#/accounts/42')).toEqual({ name: 'account', id: 42 });
    expect(parseHash('#/accounts/42?tab=contacts')).toEqual({ name: 'account', id: 42 });
  });
  it('reads settings', () => {
    expect(parseHash('#/settings')).toEqual({ name: 'settings' });
  });
  it('reports anything else as not found', () => {
    expect(parseHash('#/accounts/0')).toEqual({ name: 'notFound', path: '/accounts/0' });
    expect(parseHash('#/accounts/abc')).toEqual({ name: 'notFound', path: '/accounts/abc' });
    expect(parseHash('#/nowhere')).toEqual({ name: 'notFound', path: '/nowhere' });
  });
  it('round-trips through routeToHash', () => {
    const routes: Route[] = [{ name: 'portfolio' }, { name: 'account', id: 7 }, { name: 'settings' }];
    for (const route of routes) expect(parseHash(routeToHash(route))).toEqual(route);
  });
});
