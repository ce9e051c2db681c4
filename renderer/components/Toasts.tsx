import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { describeError } from '../api/errors';
import { isEditableTarget, isUndoShortcut } from './keyboard';

export interface ToastInput {
  message: string;
  /** Offered as an "Undo" button and Ctrl+Z / Cmd+Z while the toast shows. */
  undo?: () => Promise<unknown>;
  tone?: 'info' | 'error';
}

interface Toast extends ToastInput {
  id: number;
}

interface ToastApi {
  show(toast: ToastInput): void;
}

const ToastContext = createContext<ToastApi | null>(null);
const VISIBLE_MS = 10_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<Toast | null>(null);
  const toastRef = useRef<Toast | null>(null);
  toastRef.current = toast;
  const nextId = useRef(1);

  const show = useCallback((input: ToastInput) => {
    setToast({ ...input, id: nextId.current++ });
  }, []);

  const runUndo = useCallback(async () => {
    const current = toastRef.current;
    if (!current?.undo) return;
    setToast(null);
    try {
      await current.undo();
      show({ message: 'Undone' });
    } catch (error) {
      show({ message: `Undo failed: ${describeError(error).message}`, tone: 'error' });
    }
  }, [show]);

  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(
      () => setToast((current) => (current?.id === toast.id ? null : current)),
      VISIBLE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [toast]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isUndoShortcut(event) || isEditableTarget(event.target) || !toastRef.current?.undo) return;
      event.preventDefault();
      void runUndo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runUndo]);

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className={`toast toast-${toast.tone ?? 'info'}`} data-testid="toast">
            <span>{toast.message}</span>
            {toast.undo && (
              <>
                <span aria-hidden="true"> · </span>
                <button type="button" className="link-button" onClick={() => void runUndo()}>
                  Undo
                </button>
              </>
            )}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>.');
  return api;
}
