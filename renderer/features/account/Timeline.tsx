import type { Activity, Contact, HealthOverrideEvent } from '../../../shared/api';
import type { Band } from '../../../shared/domain/health';
import { ACTIVITY_LABELS, type ActivityType } from '../../../shared/api/vocabulary';
import { useActivities } from '../../api/queries';
import { ErrorView } from '../../components/ErrorView';
import { formatLocalDateTime } from '../../lib/dates';
import { contactDisplayName } from './contactForm';
import { describeOverrideEvent } from './healthModel';
import { useAccountHealth } from './healthQueries';

const ICONS: Record<ActivityType, string> = {
  call: '☎',
  meeting: '◉',
  email: '✉',
  note: '✎',
  qbr: '▦',
  onboarding: '⚑',
};

/** Names of an activity's contacts; a deleted contact still shows as one. */
export function activityContactNames(activity: Activity, contacts: readonly Contact[]): string[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return activity.contactIds.map((id) => {
    const contact = byId.get(id);
    return contact ? contactDisplayName(contact) : 'a removed contact';
  });
}

type Entry = { kind: 'activity'; at: number; activity: Activity } | { kind: 'health'; at: number; event: HealthOverrideEvent; key: string };

/**
 * Activities and the pulse and override events (set, cleared, expired), newest first. An expiry
 * is a day: it sorts at that day's start, before anything logged on the day.
 */
export function timelineEntries(activities: readonly Activity[], health: readonly HealthOverrideEvent[]): Entry[] {
  const time = (iso: string) => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? 0 : ms;
  };
  const entries: Entry[] = [
    ...activities.map((activity) => ({ kind: 'activity' as const, at: time(activity.occurredAt), activity })),
    ...health.map((event, i) => ({ kind: 'health' as const, at: time(event.at), event, key: `${event.kind}-${event.action}-${event.at}-${i}` })),
  ];
  // Stable: activities keep their own newest-first order among equal times.
  return entries.sort((a, b) => b.at - a.at);
}

export function Timeline({ accountId, contacts }: { accountId: number; contacts: Contact[] }) {
  const activities = useActivities(accountId);
  const health = useAccountHealth(accountId);
  if (activities.isPending) return <p className="muted">Loading timeline…</p>;
  if (activities.isError) return <ErrorView error={activities.error} title="Could not load the timeline" />;
  const entries = timelineEntries(activities.data, health.data?.history ?? []);
  if (entries.length === 0) return <p className="muted">No activities logged yet.</p>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {entries.map((entry) =>
        entry.kind === 'health' ? (
          <HealthEventItem key={entry.key} event={entry.event} bands={health.data?.bands ?? []} />
        ) : (
          <ActivityItem key={entry.activity.id} activity={entry.activity} contacts={contacts} />
        ),
      )}
    </ol>
  );
}

function HealthEventItem({ event, bands }: { event: HealthOverrideEvent; bands: readonly Band[] }) {
  return (
    <li className="timeline-item timeline-health" data-testid="timeline-health" data-action={event.action}>
      <span className="activity-icon" aria-hidden="true">
        {event.kind === 'pulse' ? '♥' : '⚐'}
      </span>
      <div className="timeline-body">
        <div className="timeline-head">
          <span className="activity-type">Health</span>
          <time dateTime={event.at}>{event.at.length === 10 ? event.at : formatLocalDateTime(event.at)}</time>
        </div>
        <div className="timeline-subject">{describeOverrideEvent(event, bands)}</div>
        <p className="timeline-summary">Reason: {event.reason}</p>
      </div>
    </li>
  );
}

function ActivityItem({ activity, contacts }: { activity: Activity; contacts: Contact[] }) {
  const names = activityContactNames(activity, contacts);
  return (
    <li className="timeline-item" data-testid="timeline-item" data-activity-id={activity.id}>
      <span className={`activity-icon activity-${activity.type}`} aria-hidden="true">
        {ICONS[activity.type]}
      </span>
      <div className="timeline-body">
        <div className="timeline-head">
          <span className="activity-type">{ACTIVITY_LABELS[activity.type]}</span>
          <time dateTime={activity.occurredAt}>{formatLocalDateTime(activity.occurredAt)}</time>
          {activity.direction && (
            <span className="muted">
              {activity.direction}
              {activity.replied === true && ', replied'}
              {activity.replied === false && ', no reply'}
            </span>
          )}
        </div>
        <div className="timeline-subject">{activity.subject}</div>
        {activity.summary && <p className="timeline-summary">{activity.summary}</p>}
        {names.length > 0 && <div className="muted small">with {names.join(', ')}</div>}
      </div>
    </li>
  );
}
