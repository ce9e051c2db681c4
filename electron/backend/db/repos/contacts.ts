import type Database from 'better-sqlite3';
import type { Kysely, Selectable } from 'kysely';
import type { ContactPatch } from '../../../../shared/api/contract';
import type { Contact } from '../../../../shared/api/dto';
import type { ContactRole } from '../../../../shared/api/enums';
import type { ContactsTable, DB } from '../schema';
import { externalIdsFor } from './externalIds';
import { parseCustomFields } from './json';

/** Each editable contact field's column; the import sync writes through the same map. */
export const CONTACT_FIELD_COLUMNS = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  title: 'title',
  role: 'role',
  phone: 'phone',
} as const satisfies Record<keyof ContactPatch, keyof ContactsTable>;

type ContactColumns = Partial<Omit<Selectable<ContactsTable>, 'id' | 'account_id'>>;

function toContact(row: Selectable<ContactsTable>, externalIds: Record<string, string>): Contact {
  return {
    id: row.id,
    accountId: row.account_id,
    externalIds,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    title: row.title,
    role: row.role as ContactRole | null,
    phone: row.phone,
    customFields: parseCustomFields(row.custom_fields),
  };
}

function patchToColumns(patch: ContactPatch): ContactColumns {
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch) as [keyof ContactPatch, unknown][]) {
    if (value !== undefined) columns[CONTACT_FIELD_COLUMNS[field]] = value;
  }
  return columns as ContactColumns;
}

export async function listContacts(db: Kysely<DB>, sqlite: Database.Database, accountId: number): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('last_name')
    .orderBy('first_name')
    .execute();
  const ids = externalIdsFor(
    sqlite,
    'contact',
    rows.map((row) => row.id),
  );
  return rows.map((row) => toContact(row, ids.get(row.id) ?? {}));
}

export async function getContact(db: Kysely<DB>, sqlite: Database.Database, id: number): Promise<Contact | undefined> {
  const row = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toContact(row, externalIdsFor(sqlite, 'contact', [id]).get(id) ?? {}) : undefined;
}

export async function insertContact(
  db: Kysely<DB>,
  accountId: number,
  fields: ContactPatch,
  now: string,
): Promise<number> {
  const result = await db
    .insertInto('contacts')
    .values({ ...patchToColumns(fields), account_id: accountId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return result.id;
}

export async function updateContact(db: Kysely<DB>, id: number, patch: ContactPatch, now: string): Promise<boolean> {
  const result = await db
    .updateTable('contacts')
    .set({ ...patchToColumns(patch), updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteContact(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('contacts').where('id', '=', id).execute();
}

/** Ids among `contactIds` that belong to `accountId`: an activity may only name its account's people. */
export async function contactIdsOfAccount(db: Kysely<DB>, accountId: number, contactIds: readonly number[]): Promise<Set<number>> {
  if (contactIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('contacts')
    .select('id')
    .where('account_id', '=', accountId)
    .where('id', 'in', [...contactIds])
    .execute();
  return new Set(rows.map((row) => row.id));
}
