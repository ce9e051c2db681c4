import type { Activity, Contact } from '../../../shared/api';
import { ACTIVITY_LABELS, type ActivityType } from '../../../shared/api/vocabulary';
import { useActivities } from '../../api/queries';
import { ErrorView } from '../../components/ErrorView';
import { formatLocalDateTime } from '../../lib/dates';
import { contactDisplayName } from './contactForm';

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

export function Timeline({ accountId, contacts }: { accountId: number; contacts: Contact[] }) {
  const activities = useActivities(accountId);
  if (activities.isPending) return <p className="muted">Loading timeline…</p>;
  if (activities.isError) return <ErrorView error={activities.error} title="Could not load the timeline" />;
  if (activities.data.length === 0) return <p className="muted">No activities logged yet.</p>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {activities.data.map((activity) => {
        const names = activityContactNames(activity, contacts);
        return (
          <li key={activity.id} className="timeline-item" data-testid="timeline-item" data-activity-id={activity.id}>
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
      })}
    </ol>
  );
}
