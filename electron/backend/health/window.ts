import { dayNumber, dayText } from '../../../shared/domain/health/dates';

/**
 * The day bounds the input queries compare dates with, as `YYYY-MM-DD` text. Every window is
 * half-open, `from <= date < end`, and `end` is the day after the scoring day: stored dates are
 * days or UTC timestamps, and both compare correctly as text against a day.
 */
export interface InputWindows {
  /** The scoring day. */
  day: string;
  /** The day after it: nothing on or after this counts. */
  end: string;
  /** Usage: the last 4 weeks, the 4 weeks before, the trailing 30 days. */
  from28: string;
  from56: string;
  from30: string;
  /** Tickets and touches: the last 90 days and the 90 before. */
  from90: string;
  from180: string;
}

export function inputWindows(day: string): InputWindows {
  const n = dayNumber(day, 'The scoring day');
  const back = (days: number) => dayText(n - days);
  return {
    day: dayText(n),
    end: dayText(n + 1),
    from28: back(27),
    from56: back(55),
    from30: back(29),
    from90: back(89),
    from180: back(179),
  };
}
