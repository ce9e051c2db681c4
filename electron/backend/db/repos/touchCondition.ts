/**
 * SQL twin of shared/domain/touches.ts countsAsTouch, over an `activities` row aliased `t`:
 * a CRM task not done yet (done = 0: open, planned, not held) is not a touch, nor is an outbound
 * email known to be unanswered. done IS NULL (logged by hand, or imported without a status)
 * counts, and so does an email whose direction or reply is unknown: `IS` rather than `=`, so
 * that a NULL never makes the whole condition NULL (which would drop the row).
 * Time bounds are the caller's: the health inputs stop at their day, `t.occurred_at < :end`.
 */
export const TOUCH_CONDITION = "(t.done IS NOT 0 AND NOT (t.type = 'email' AND t.direction IS 'outbound' AND t.replied IS 0))";
