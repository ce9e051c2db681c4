import type { ActivityType, Direction } from '../api/enums';

export interface TouchLike {
  type: ActivityType;
  direction: Direction | null;
  replied: boolean | null;
  /** A CRM task's completion: false while open (or planned, not held); null when not known (logged by hand). */
  done: boolean | null;
}

/**
 * Whether an activity resets the contact clock (DOMAIN.md, Contact cadences): any logged call,
 * meeting, QBR, onboarding session, note or email does — except a CRM task that is not done
 * (Salesforce counts completed tasks only) and an outbound email known to be unanswered. A
 * touch whose completion or reply is unknown still counts, so a hand-logged touch is never
 * silently ignored. SQL twin: electron/backend/db/repos/touchCondition.ts TOUCH_CONDITION.
 */
export function countsAsTouch(activity: TouchLike): boolean {
  if (activity.done === false) return false;
  return !(activity.type === 'email' && activity.direction === 'outbound' && activity.replied === false);
}
