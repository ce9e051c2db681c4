import type { Contact, ContactPatch, Input } from '../../../shared/api';
import { CONTACT_ROLES, type ContactRole } from '../../../shared/api/vocabulary';

/** The contact form's fields as typed (all strings). */
export interface ContactDraft {
  firstName: string;
  lastName: string;
  email: string;
  title: string;
  role: string;
  phone: string;
}
export type ContactDraftKey = keyof ContactDraft;

export const CONTACT_FORM_FIELDS: readonly { key: ContactDraftKey; label: string }[] = [
  { key: 'firstName', label: 'First name' },
  { key: 'lastName', label: 'Last name' },
  { key: 'email', label: 'Email' },
  { key: 'title', label: 'Title' },
  { key: 'role', label: 'Role' },
  { key: 'phone', label: 'Phone' },
];

export const EMPTY_CONTACT_DRAFT: ContactDraft = { firstName: '', lastName: '', email: '', title: '', role: '', phone: '' };

export interface ContactValues {
  firstName: string;
  lastName: string;
  email: string | null;
  title: string | null;
  role: ContactRole | null;
  phone: string | null;
}

export function contactToDraft(contact: Contact): ContactDraft {
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email ?? '',
    title: contact.title ?? '',
    role: contact.role ?? '',
    phone: contact.phone ?? '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type ContactFormResult =
  | { ok: true; values: ContactValues }
  | { ok: false; errors: Partial<Record<ContactDraftKey, string>> };

/** Checks and normalises the form: trimmed, empty optional fields become null. */
export function readContactDraft(draft: ContactDraft): ContactFormResult {
  const errors: Partial<Record<ContactDraftKey, string>> = {};
  const firstName = draft.firstName.trim();
  const lastName = draft.lastName.trim();
  const email = draft.email.trim();
  const role = draft.role.trim();
  if (!firstName && !lastName) errors.firstName = 'Enter a first or last name.';
  if (email && !EMAIL.test(email)) errors.email = `"${email}" is not a valid email address.`;
  if (role && !(CONTACT_ROLES as readonly string[]).includes(role)) errors.role = `Unknown role "${role}".`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    ok: true,
    values: {
      firstName,
      lastName,
      email: email || null,
      title: optional(draft.title),
      role: role ? (role as ContactRole) : null,
      phone: optional(draft.phone),
    },
  };
}

/** Only what changed, so an edit does not overwrite fields someone else changed meanwhile. */
export function contactPatch(original: Contact, values: ContactValues): ContactPatch {
  const patch: ContactPatch = {};
  for (const key of Object.keys(values) as (keyof ContactValues)[]) {
    if ((original[key] ?? null) !== values[key]) (patch as Record<string, unknown>)[key] = values[key];
  }
  return patch;
}

/** Re-creates a removed contact (undo). CRM ids and custom fields are not part of create. */
export function recreateContactInput(contact: Contact): Input<'contacts.create'> {
  return {
    accountId: contact.accountId,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    title: contact.title,
    role: contact.role,
    phone: contact.phone,
  };
}

export function contactDisplayName(contact: Pick<Contact, 'firstName' | 'lastName' | 'email'>): string {
  const name = `${contact.firstName} ${contact.lastName}`.trim();
  return name || contact.email || 'Unnamed contact';
}
