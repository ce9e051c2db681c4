import { useState } from 'react';
import type { Contact } from '../../../shared/api';
import { useLogActivity } from '../../api/mutations';
import { InlineError } from '../../components/ErrorView';
import { localOffsetMinutes } from '../../lib/dates';
import { ACTIVITY_OPTIONS } from '../../lib/labels';
import { buildActivityInput, newActivityDraft, toggleId, type ActivityDraft } from './activityForm';
import { contactDisplayName } from './contactForm';

/** Log a touch (call, meeting, email, note, QBR, onboarding); it shows in the timeline at once. */
export function LogActivityForm({ accountId, contacts }: { accountId: number; contacts: Contact[] }) {
  const [draft, setDraft] = useState<ActivityDraft>(() => newActivityDraft(new Date()));
  const [errors, setErrors] = useState<Partial<Record<'type' | 'when' | 'subject', string>>>({});
  const log = useLogActivity();
  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <form
      className="log-activity"
      aria-label="Log activity"
      onSubmit={(event) => {
        event.preventDefault();
        const result = buildActivityInput(accountId, draft, localOffsetMinutes(draft.when));
        if (!result.ok) {
          setErrors(result.errors);
          return;
        }
        setErrors({});
        log.mutate(result.input, {
          onSuccess: () => setDraft({ ...newActivityDraft(new Date()), type: draft.type }),
        });
      }}
    >
      <div className="form-row">
        <label className="form-field">
          <span>Type</span>
          <select aria-label="Type" value={draft.type} onChange={(e) => set('type', e.target.value as ActivityDraft['type'])}>
            {ACTIVITY_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>Date and time</span>
          <input
            type="datetime-local"
            aria-label="Date and time"
            value={draft.when}
            aria-invalid={errors.when ? true : undefined}
            onChange={(e) => set('when', e.target.value)}
          />
          {errors.when && <span className="inline-error" role="alert">{errors.when}</span>}
        </label>
        {draft.type === 'email' && (
          <label className="form-field">
            <span>Direction</span>
            <select aria-label="Direction" value={draft.direction} onChange={(e) => set('direction', e.target.value as ActivityDraft['direction'])}>
              <option value="">—</option>
              <option value="outbound">Outbound</option>
              <option value="inbound">Inbound</option>
            </select>
          </label>
        )}
        {draft.type === 'email' && draft.direction === 'outbound' && (
          <label className="form-check">
            <input type="checkbox" checked={draft.replied} onChange={(e) => set('replied', e.target.checked)} />
            Replied
          </label>
        )}
      </div>
      <label className="form-field">
        <span>Subject</span>
        <input
          aria-label="Subject"
          value={draft.subject}
          aria-invalid={errors.subject ? true : undefined}
          onChange={(e) => set('subject', e.target.value)}
        />
        {errors.subject && <span className="inline-error" role="alert">{errors.subject}</span>}
      </label>
      <label className="form-field">
        <span>Summary</span>
        <textarea aria-label="Summary" rows={3} value={draft.summary} onChange={(e) => set('summary', e.target.value)} />
      </label>
      {contacts.length > 0 && (
        <fieldset className="contact-picks">
          <legend>Contacts</legend>
          {contacts.map((contact) => (
            <label key={contact.id} className="form-check">
              <input
                type="checkbox"
                checked={draft.contactIds.includes(contact.id)}
                onChange={() => set('contactIds', toggleId(draft.contactIds, contact.id))}
              />
              {contactDisplayName(contact)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={log.isPending}>
          {log.isPending ? 'Logging…' : 'Log activity'}
        </button>
        <InlineError error={log.error} />
      </div>
    </form>
  );
}
