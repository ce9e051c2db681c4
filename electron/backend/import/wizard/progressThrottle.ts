import type { ProgressEvent } from '../../../../shared/api/dto';

/** At most this often a progress event goes out: ~10 a second is smooth for a bar and cheap for SSE/IPC. */
export const PROGRESS_INTERVAL_MS = 100;

export interface ProgressThrottle {
  push(event: ProgressEvent): void;
  /** Sends the event held back, if any (at the end of a run, so the bar reaches its end). */
  flush(): void;
  /** Drops the event held back and the timer. */
  stop(): void;
}

/**
 * Passes the first event on at once, then at most one per interval: the latest one, sent when
 * the interval is up. Measured on the monotonic clock: this is pacing, not a timestamp.
 */
export function throttleProgress(emit: (event: ProgressEvent) => void, intervalMs = PROGRESS_INTERVAL_MS): ProgressThrottle {
  let lastSent = -Infinity;
  let pending: ProgressEvent | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = (event: ProgressEvent) => {
    lastSent = performance.now();
    pending = null;
    emit(event);
  };
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = null;
  };
  const flush = () => {
    const held = pending;
    stop();
    if (held) send(held);
  };

  return {
    push(event) {
      const wait = lastSent + intervalMs - performance.now();
      if (wait <= 0 && timer === undefined) return send(event);
      pending = event;
      timer ??= setTimeout(flush, Math.max(0, wait));
    },
    flush,
    stop,
  };
}
