import { useState } from 'react';

interface Props {
  label: string;
  prompt: string;
  /** Defaults to "Yes, <label>". */
  confirmLabel?: string;
  onConfirm: () => void;
  busy?: boolean;
  className?: string;
}

/**
 * A button that asks before doing something that changes the open workspace. The question is
 * shown in the page (not window.confirm), so it looks the same in Electron and the browser.
 */
export function ConfirmAction({ label, prompt, confirmLabel, onConfirm, busy, className }: Props) {
  const [asking, setAsking] = useState(false);
  const yes = confirmLabel ?? `Yes, ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  if (!asking) {
    return (
      <button type="button" className={className} onClick={() => setAsking(true)} disabled={busy}>
        {busy ? 'Working…' : label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={label}>
      <span>{prompt}</span>
      <button
        type="button"
        className="primary"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {yes}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
