import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ProgressEvent } from '../../../shared/api/dto';
import { useApi } from '../../api/ApiProvider';
import { describeError } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';
import { useToast } from '../../components/Toasts';

let runs = 0;

/**
 * "Recompute all": rescores the whole book now, with a progress bar fed by the back-end's
 * progress events (a consultant's 100,000-account book takes a while). Edits and imports
 * already rescore what they touch; this is for after a bulk change or to check the book.
 */
export function RecomputeHealth() {
  const api = useApi();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const taskId = useRef<string | null>(null);

  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.name !== 'progress') return;
        const payload = event.payload as ProgressEvent;
        if (payload.taskId === taskId.current) setProgress({ done: payload.done, total: payload.total });
      }),
    [api],
  );

  const run = async () => {
    taskId.current = `health-recompute-${Date.now()}-${++runs}`;
    setProgress({ done: 0, total: 0 });
    try {
      const result = await api.call('health.recompute', { taskId: taskId.current });
      toast.show({ message: `Health recomputed for ${(result.scored + result.notScored).toLocaleString()} accounts (${result.notScored.toLocaleString()} not scored)` });
      await Promise.all([queryKeys.accounts, ['account'], queryKeys.metrics].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    } catch (error) {
      toast.show({ message: `Health was not recomputed: ${describeError(error).message}`, tone: 'error' });
    } finally {
      taskId.current = null;
      setProgress(null);
    }
  };

  if (progress === null) {
    return (
      <button type="button" onClick={() => void run()} title="Rescore every account now">
        Recompute all
      </button>
    );
  }
  const label = progress.total > 0 ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} accounts` : 'starting…';
  return (
    <span className="recompute-progress" role="status" aria-live="polite" data-testid="recompute-progress">
      Recomputing health: {label}{' '}
      <progress aria-label="Recompute progress" max={Math.max(progress.total, 1)} value={progress.total > 0 ? progress.done : undefined} />
    </span>
  );
}
