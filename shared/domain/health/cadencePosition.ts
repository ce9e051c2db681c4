/**
 * Engagement is scored against each account's own cadence, so one threshold list fits a weekly
 * strategic account and a monthly tech-touch one. The raw value is the cadence position:
 * 0 = touched today, 1 = at the ideal interval (a touch is due: yellow), 2 = at the maximum
 * (overdue: red), and every further (maximum − ideal) days one more unit.
 */

/** The distance between ideal and maximum, or the ideal interval itself when they are equal. */
function overdueSpan(idealDays: number, maxDays: number): number {
  return maxDays > idealDays ? maxDays - idealDays : idealDays;
}

export function cadencePosition(daysSinceTouch: number, idealDays: number, maxDays: number): number {
  if (daysSinceTouch <= idealDays) return daysSinceTouch / idealDays;
  return 1 + (daysSinceTouch - idealDays) / overdueSpan(idealDays, maxDays);
}

export function daysAtCadencePosition(position: number, idealDays: number, maxDays: number): number {
  if (position <= 1) return position * idealDays;
  return idealDays + (position - 1) * overdueSpan(idealDays, maxDays);
}
