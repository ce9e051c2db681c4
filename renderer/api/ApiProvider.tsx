import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { refreshCachedData, switchWorkspaceCache } from './cache';
import { ApiCallError, type ApiClient } from './client';
import { cachePlanForEvent } from './events';

const ApiClientContext = createContext<ApiClient | null>(null);

/** Errors that will not go away by asking again. */
const FINAL_CODES = new Set(['BAD_INPUT', 'NOT_FOUND', 'UNKNOWN_METHOD', 'FORBIDDEN', 'NOT_A_WORKSPACE', 'WORKSPACE_MISSING', 'WORKSPACE_TOO_NEW']);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The back-end is local and pushes change events; refetching on focus would reload
        // a 100k-row book for nothing.
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiCallError && FINAL_CODES.has(error.code)),
      },
      mutations: { retry: false },
    },
  });
}

interface Props {
  client: ApiClient;
  /** Normally created here; passed in by tests and tools that pre-fill the cache. */
  queryClient?: QueryClient;
  children: ReactNode;
}

export function ApiProvider({ client, queryClient: given, children }: Props) {
  const [queryClient] = useState(() => given ?? createQueryClient());

  useEffect(
    () =>
      client.subscribe((event) => {
        const plan = cachePlanForEvent(event);
        if (plan.kind === 'switchWorkspace') void switchWorkspaceCache(queryClient, plan.info);
        if (plan.kind === 'invalidate') void refreshCachedData(queryClient, plan.keys);
      }),
    [client, queryClient],
  );

  return (
    <ApiClientContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiClientContext.Provider>
  );
}

export function useApi(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApi must be used inside <ApiProvider>.');
  return client;
}
