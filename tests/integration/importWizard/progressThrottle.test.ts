import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressEvent } from '../../../shared/api';
import { PROGRESS_INTERVAL_MS, throttleProgress } from '../../../electron/backend/import/wizard/progressThrottle';

const step = (done: number): ProgressEvent => ({ taskId: 't', label: 'Account.csv', done, total: 100 });

describe('progress throttling', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('sends the first event at once, then only the latest one per interval', () => {
    const sent: number[] = [];
    const throttle = throttleProgress((event) => sent.push(event.done));
    for (let done = 0; done <= 50; done += 10) throttle.push(step(done));
    expect(sent).toEqual([0]);
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(sent).toEqual([0, 50]);
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS * 5);
    expect(sent).toEqual([0, 50]);
    throttle.push(step(60));
    expect(sent).toEqual([0, 50, 60]);
  });

  it('flush sends the held event now; stop drops it', () => {
    const sent: number[] = [];
    const throttle = throttleProgress((event) => sent.push(event.done));
    throttle.push(step(0));
    throttle.push(step(40));
    throttle.flush();
    expect(sent).toEqual([0, 40]);
    throttle.push(step(70));
    throttle.stop();
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS * 2);
    expect(sent).toEqual([0, 40]);
  });
});
