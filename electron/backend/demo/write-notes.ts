import { ROLE_LABELS, type ContactRole } from '../../../shared/api/enums';
import type { AccountPlan } from './account-plan';
import type { ActivityRef, ContactRef, GeneratorContext } from './context';
import { DAY_MS, HOUR_MS, isoDate, isoMoment } from './dates';
import { KEY_FEATURES } from './pools-people';
import { fillText, MANUAL_TASK_TITLES, NOTE_ACTION_ITEMS, NOTE_DISCUSSION_POINTS, type NoteTemplate } from './pools-text';

const NOTE_ODDS = { strategic: 0.5, 'mid-touch': 0.25, 'tech-touch': 0.03 } as const;
const NOTE_COUNTS = { strategic: [1, 3], 'mid-touch': [1, 2], 'tech-touch': [1, 1] } as const;
const NOTED_TYPES = new Set(['call', 'meeting', 'qbr', 'onboarding']);

type TaskSource = 'note' | 'cadence' | 'playbook' | 'manual';

/** Call notes taken during recent touches, the tasks their action items became, and follow-ups. */
export function writeNotesAndTasks(
  ctx: GeneratorContext,
  plan: AccountPlan,
  contacts: readonly ContactRef[],
  activities: readonly ActivityRef[],
): void {
  const { random, window } = ctx;
  if (random.chance(NOTE_ODDS[plan.tier] * ctx.profile.extrasScale)) {
    const recent = activities.filter((a) => NOTED_TYPES.has(a.type) && a.atMs >= window.nowMs - 150 * DAY_MS);
    const [low, high] = NOTE_COUNTS[plan.tier];
    for (const activity of random.shuffle(recent).slice(0, random.int(low, high))) {
      writeNote(ctx, plan, contacts, activity);
    }
  }
  if (plan.status !== 'active') return;

  const someone = contacts[0]?.firstName;
  const daysToRenewal = plan.renewalMs === null ? Infinity : (plan.renewalMs - window.nowMs) / DAY_MS;
  if (plan.tier !== 'tech-touch' && daysToRenewal <= 75) {
    writeTask(ctx, plan.id, null, 'Prepare renewal proposal', (plan.renewalMs as number) - 45 * DAY_MS, 'playbook', false);
  }
  if (plan.seed.atRisk) {
    const title = fillText('Review usage drop with {contact}', { contact: someone });
    writeTask(ctx, plan.id, null, title, window.nowMs + random.int(-7, 7) * DAY_MS, 'playbook', false);
  }
  if (plan.seed.losingTouch) {
    const title = fillText('Re-engage {contact}: no touch in 90+ days', { contact: someone });
    writeTask(ctx, plan.id, null, title, window.nowMs - random.int(1, 20) * DAY_MS, 'cadence', false);
  }
  if (random.chance(0.1 * ctx.profile.extrasScale)) {
    const title = fillText(random.pick(MANUAL_TASK_TITLES), { contact: someone });
    const dueMs = window.nowMs + random.int(-20, 21) * DAY_MS;
    writeTask(ctx, plan.id, null, title, dueMs, 'manual', dueMs < window.nowMs && random.chance(0.5));
  }
}

function templateFor(ctx: GeneratorContext, plan: AccountPlan, type: string): NoteTemplate {
  if (type === 'qbr') return 'qbr';
  if (type === 'call' && plan.seed.atRisk) return 'escalation';
  if (type === 'meeting' && ctx.random.chance(0.4)) return 'discovery';
  return 'call-notes';
}

function writeNote(ctx: GeneratorContext, plan: AccountPlan, contacts: readonly ContactRef[], activity: ActivityRef): void {
  const { random, tables, window } = ctx;
  const attendees = contacts.filter((c) => activity.contactIds.includes(c.id));
  const vars = { contact: attendees[0]?.firstName ?? contacts[0]?.firstName, feature: random.pick(KEY_FEATURES) };
  const points = random.shuffle(NOTE_DISCUSSION_POINTS).slice(0, random.int(2, 3));
  const actions = random.shuffle(NOTE_ACTION_ITEMS).slice(0, random.int(1, 3)).map((a) => fillText(a, vars));
  const people = attendees.map((c) => `${c.firstName} ${c.lastName} (${ROLE_LABELS[c.role as ContactRole] ?? c.role})`);
  const body = [
    `## ${activity.subject}`,
    '',
    `**Attendees:** ${people.length > 0 ? people.join(', ') : 'internal'}`,
    '',
    '### Discussion',
    ...points.map((p) => `- ${fillText(p, vars)}`),
    '',
    '### Action items',
    ...actions.map((a) => `- [ ] ${a}`),
    '',
  ].join('\n');

  const minutes = random.pick([30, 45, 60]);
  const endedMs = Math.min(window.nowMs, activity.atMs + minutes * 60_000);
  const savedMs = Math.min(window.nowMs, endedMs + random.int(2, 30) * 60_000);
  const noteId = ctx.nextId.note++;
  tables.notes.add([
    noteId,
    plan.id,
    activity.subject,
    body,
    templateFor(ctx, plan, activity.type),
    isoMoment(activity.atMs),
    isoMoment(endedMs),
    isoMoment(activity.atMs),
    isoMoment(savedMs),
  ]);
  for (const action of actions) {
    const dueMs = activity.atMs + random.int(2, 14) * DAY_MS;
    // Most old action items were done; a few slipped and are overdue now.
    const ageDays = (window.nowMs - dueMs) / DAY_MS;
    const done = ageDays > 5 && random.chance(ageDays > 30 ? 0.92 : 0.7);
    writeTask(ctx, plan.id, noteId, action, dueMs, 'note', done, savedMs);
  }
}

function writeTask(
  ctx: GeneratorContext,
  accountId: number | null,
  noteId: number | null,
  title: string,
  dueMs: number,
  source: TaskSource,
  done: boolean,
  createdMs?: number,
): void {
  const { random, tables, window } = ctx;
  const created = createdMs ?? Math.min(window.nowMs, dueMs - random.int(3, 20) * DAY_MS);
  const completed = done ? Math.min(window.nowMs, Math.max(created, dueMs - random.int(0, 3) * DAY_MS) + random.int(1, 8) * HOUR_MS) : null;
  tables.tasks.add([
    ctx.nextId.task++,
    accountId,
    noteId,
    title,
    isoDate(dueMs),
    done ? 'done' : 'open',
    source,
    isoMoment(created),
    completed === null ? null : isoMoment(completed),
  ]);
}

/** A CSM's own to-dos that belong to no account. */
export function writePersonalTasks(ctx: GeneratorContext): void {
  const now = ctx.window.nowMs;
  writeTask(ctx, null, null, 'Update the renewal forecast sheet', now + 2 * DAY_MS, 'manual', false);
  writeTask(ctx, null, null, 'Prepare the monthly churn review', now - DAY_MS, 'manual', false);
}
