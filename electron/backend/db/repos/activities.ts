import type { Kysely, Selectable } from 'kysely';
import type { Activity } from '../../../../shared/api/dto';
import type { ActivityType, Direction } from '../../../../shared/api/enums';
import type { ActivitiesTable, DB } from '../schema';

export interface NewActivityRow {
  accountId: number;
  type: ActivityType;
  occurredAt: string;
  subject: string;
  summary: string;
  direction: Direction | null;
  replied: boolean | null;
  contactIds: number[];
}

function toActivity(row: Selectable<ActivitiesTable>, contactIds: number[]): Activity {
  return {
    id: row.id,
    accountId: row.account_id,
    type: row.type as ActivityType,
    occurredAt: row.occurred_at,
    subject: row.subject,
    summary: row.summary,
    direction: row.direction as Direction | null,
    replied: row.replied === null ? null : row.replied === 1,
    contactIds,
    createdAt: row.created_at,
  };
}

/** The account's timeline, newest first. */
export async function listActivities(db: Kysely<DB>, accountId: number, limit: number): Promise<Activity[]> {
  const rows = await db
    .selectFrom('activities')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('activity_contacts')
    .select(['activity_id', 'contact_id'])
    .where(
      'activity_id',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  const byActivity = new Map<number, number[]>();
  for (const link of links) {
    const list = byActivity.get(link.activity_id) ?? [];
    list.push(link.contact_id);
    byActivity.set(link.activity_id, list);
  }
  return rows.map((row) => toActivity(row, byActivity.get(row.id) ?? []));
}

export async function insertActivity(db: Kysely<DB>, activity: NewActivityRow, now: string): Promise<Activity> {
  const row = await db
    .insertInto('activities')
    .values({
      account_id: activity.accountId,
      type: activity.type,
      occurred_at: activity.occurredAt,
      subject: activity.subject,
      summary: activity.summary,
      direction: activity.direction,
      replied: activity.replied === null ? null : activity.replied ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (activity.contactIds.length > 0) {
    await db
      .insertInto('activity_contacts')
      .values(activity.contactIds.map((contactId) => ({ activity_id: row.id, contact_id: contactId })))
      .execute();
  }
  return toActivity(row, activity.contactIds);
}
