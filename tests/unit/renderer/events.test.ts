import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { WorkspaceInfo } from '../../../shared/api';
import { isSameWorkspace, refreshCachedData, switchWorkspaceCache } from '../../../renderer/api/cache';
import { cachePlanForEvent, parseBackendEvent } from '../../../renderer/api/events';
import { queryKeys } from '../../../renderer/api/queryKeys';

const info = (path: string): WorkspaceInfo => ({ path, isDemo: false, accountCount: 0, schemaVersion: '0001', createdAt: '2026-01-01' });

describe('parseBackendEvent', () => {
  it('accepts known events only', () => {
    expect(parseBackendEvent('{"name":"accounts.changed","payload":{"ids":[1]}}')).toEqual({
      name: 'accounts.changed',
      payload: { ids: [1] },
    });
    expect(parseBackendEvent('{"name":"other","payload":{}}')).toBeNull();
    expect(parseBackendEvent('{"name":"progress"}')).toBeNull();
    expect(parseBackendEvent('')).toBeNull();
  });
});

describe('cachePlanForEvent', () => {
  it('invalidates the list, the workspace, the metrics and each changed account', () => {
    expect(cachePlanForEvent({ name: 'accounts.changed', payload: { ids: [3, 4] } })).toEqual({
      kind: 'invalidate',
      keys: [queryKeys.accounts, queryKeys.workspace, queryKeys.metrics, queryKeys.account(3), queryKeys.account(4)],
    });
  });
  it('switches workspace on workspace.changed and ignores progress', () => {
    expect(cachePlanForEvent({ name: 'workspace.changed', payload: info('/a.db') })).toEqual({
      kind: 'switchWorkspace',
      info: info('/a.db'),
    });
    expect(cachePlanForEvent({ name: 'progress', payload: { taskId: 't', label: 'x', done: 1, total: 2 } })).toEqual({
      kind: 'none',
    });
  });
});

describe('switchWorkspaceCache', () => {
  it('drops cached data of the old workspace but not twice for the same switch', async () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.workspace, info('/old.db'));
    client.setQueryData(queryKeys.accounts, [{ id: 1 }]);
    await switchWorkspaceCache(client, info('/new.db'));
    expect(client.getQueryData(queryKeys.workspace)).toEqual(info('/new.db'));
    expect(client.getQueryData(queryKeys.accounts)).toBeUndefined();

    client.setQueryData(queryKeys.accounts, [{ id: 2 }]);
    await switchWorkspaceCache(client, info('/new.db'));
    expect(client.getQueryData(queryKeys.accounts)).toEqual([{ id: 2 }]);
    expect(isSameWorkspace(undefined, info('/x'))).toBe(false);
  });
});

describe('refreshCachedData', () => {
  it('drops account pages off screen, so they never reopen with old values, and refetches the one on screen', async () => {
    const client = new QueryClient();
    let fetched = 0;
    const onScreen = new QueryObserver(client, {
      queryKey: queryKeys.account(1),
      queryFn: () => ({ id: 1, industry: `fresh ${++fetched}` }),
      staleTime: Infinity,
    });
    const unsubscribe = onScreen.subscribe(() => undefined);
    await expect.poll(() => client.getQueryData(queryKeys.account(1))).toEqual({ id: 1, industry: 'fresh 1' });
    client.setQueryData(queryKeys.account(2), { id: 2, industry: 'Health (ours)' });
    client.setQueryData(queryKeys.activities(2), [{ id: 9 }]);
    client.setQueryData(queryKeys.accounts, [{ id: 1 }, { id: 2 }]);

    await refreshCachedData(client, [queryKeys.accounts, ['account'], ['activities']]);

    expect(client.getQueryData(queryKeys.account(2))).toBeUndefined();
    expect(client.getQueryData(queryKeys.activities(2))).toBeUndefined();
    expect(client.getQueryData(queryKeys.account(1))).toEqual({ id: 1, industry: 'fresh 2' });
    // The book stays cached (stale) so a 100k-row portfolio is not blanked while it reloads.
    expect(client.getQueryData(queryKeys.accounts)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(client.getQueryState(queryKeys.accounts)?.isInvalidated).toBe(true);
    unsubscribe();
  });
});
