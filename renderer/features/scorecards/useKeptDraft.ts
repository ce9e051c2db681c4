import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { useWorkspaceInfo } from '../../api/queries';
import { isDirty, type Draft } from './draft';

const KEY_PREFIX = 'csm.scorecardDraft:';

interface Kept {
  selectedId: string | null;
  draft: Draft | null;
}

function read(key: string): Kept | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as Kept);
  } catch {
    return null;
  }
}

/**
 * The editor's selection and unsaved draft, kept for the session per workspace: a CSM who
 * leaves the screen half-way (to look at an account the what-if named) finds the edit where it
 * was, and closing the window with an unsaved edit asks first. A kept draft that has gone stale
 * is safe: saving it against a newer version is refused by the back-end.
 */
export function useKeptDraft(): {
  selectedId: string | null;
  setSelectedId: Dispatch<SetStateAction<string | null>>;
  draft: Draft | null;
  setDraft: Dispatch<SetStateAction<Draft | null>>;
  restored: boolean;
} {
  const workspace = useWorkspaceInfo();
  const key = `${KEY_PREFIX}${workspace.data?.path ?? ''}`;
  const [kept] = useState(() => read(key));
  const [selectedId, setSelectedId] = useState<string | null>(kept?.selectedId ?? null);
  const [draft, setDraft] = useState<Draft | null>(kept?.draft ?? null);
  const dirty = draft !== null && isDirty(draft);

  useEffect(() => {
    try {
      if (dirty || selectedId !== null) window.sessionStorage.setItem(key, JSON.stringify({ selectedId, draft: dirty ? draft : null }));
      else window.sessionStorage.removeItem(key);
    } catch {
      // Storage full or disabled: the draft simply is not kept across screens.
    }
  }, [key, selectedId, draft, dirty]);

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return { selectedId, setSelectedId, draft, setDraft, restored: kept?.draft != null && isDirty(kept.draft) };
}
