import type { ActivityType, Direction } from '../api/enums';

export interface TouchLike {
  type: ActivityType;
  direction: Direction | null;
  replied: boolean | null;
}

/**
 * Whether an activity resets the contact clock (DOMAIN.md, Contact cadences): any logged call,
 * meeting, QBR, onboarding session, note or email does — except an outbound email known to be
 * unanswered. An email whose reply status is unknown still counts, so a hand-logged email is
 * not silently ignored.
 */
export function countsAsTouch(activity: TouchLike): boolean {
  return !(activity.type === 'email' && activity.direction === 'outbound' && activity.replied === false);
}
