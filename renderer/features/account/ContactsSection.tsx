import { useState } from 'react';
import type { Contact } from '../../../shared/api';
import { ROLE_LABELS } from '../../../shared/api/vocabulary';
import { useCreateContact, useDeleteContact, useUpdateContact } from '../../api/mutations';
import { InlineError } from '../../components/ErrorView';
import { useToast } from '../../components/Toasts';
import {
  EMPTY_CONTACT_DRAFT,
  contactDisplayName,
  contactPatch,
  contactToDraft,
  recreateContactInput,
} from './contactForm';
import { ContactForm } from './ContactForm';

export function ContactsSection({ accountId, contacts }: { accountId: number; contacts: Contact[] }) {
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const create = useCreateContact();
  const update = useUpdateContact();
  const remove = useDeleteContact();
  const toast = useToast();

  const removeContact = async (contact: Contact) => {
    const removed = await remove.mutateAsync({ id: contact.id });
    toast.show({
      message: `Removed ${contactDisplayName(removed)}`,
      undo: () => create.mutateAsync(recreateContactInput(removed)),
    });
  };

  return (
    <div className="contacts">
      <div className="section-header">
        <h3>Contacts</h3>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            Add contact
          </button>
        )}
      </div>
      {adding && (
        <ContactForm
          label="Add contact"
          submitLabel="Add"
          initial={EMPTY_CONTACT_DRAFT}
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            await create.mutateAsync({ accountId, ...values });
            setAdding(false);
          }}
        />
      )}
      {contacts.length === 0 && !adding && <p className="muted">No contacts yet.</p>}
      <ul className="contact-list">
        {contacts.map((contact) => {
          const name = contactDisplayName(contact);
          if (editingId === contact.id) {
            return (
              <li key={contact.id}>
                <ContactForm
                  label="Edit contact"
                  submitLabel="Save"
                  initial={contactToDraft(contact)}
                  onCancel={() => setEditingId(null)}
                  onSubmit={async (values) => {
                    const patch = contactPatch(contact, values);
                    if (Object.keys(patch).length > 0) await update.mutateAsync({ id: contact.id, patch });
                    setEditingId(null);
                  }}
                />
              </li>
            );
          }
          return (
            <li key={contact.id} className="contact" data-testid="contact-item" data-contact-id={contact.id}>
              <div className="contact-main">
                <strong>{name}</strong>
                {contact.role && <span className="chip">{ROLE_LABELS[contact.role]}</span>}
                {contact.title && <span className="muted">{contact.title}</span>}
              </div>
              <div className="contact-meta">
                {contact.email && <span>{contact.email}</span>}
                {contact.phone && <span>{contact.phone}</span>}
              </div>
              <div className="contact-actions">
                <button type="button" className="link-button" aria-label={`Edit ${name}`} onClick={() => setEditingId(contact.id)}>
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={`Remove ${name}`}
                  onClick={() => void removeContact(contact).catch(() => undefined)}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <InlineError error={remove.error} />
    </div>
  );
}
