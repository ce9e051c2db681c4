/** SQL twin of shared/domain/touches.ts countsAsTouch: an unanswered outbound email is not a touch. */
export const TOUCH_CONDITION = "NOT (t.type = 'email' AND t.direction = 'outbound' AND t.replied = 0)";
