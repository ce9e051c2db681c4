import type { ApiResponse, BackendEvent } from '../../shared/api';

/** What the Electron preload exposes on window.csm (see TEAM.md). */
export interface CsmBridge {
  invoke(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  onEvent(callback: (event: BackendEvent) => void): () => void;
  /** Where a picked or dropped file is on disk ("" when it has no path), for files.register. */
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    csm?: CsmBridge;
    /** performance.now() when the portfolio first showed rows (read by the benchmark). */
    __csmPortfolioRendered?: number;
    /** When the whole book (not just the first screen) is in the table. */
    __csmPortfolioComplete?: number;
    /** performance.now() after the portfolio re-rendered for the latest sort change. */
    __csmLastSortRendered?: number;
  }
}
