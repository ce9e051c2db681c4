import { useDeferredValue, useMemo, useState } from 'react';
import type { Scorecard } from '../../../shared/domain/health';
import { isCatchAll } from '../../../shared/domain/health';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorView } from '../../components/ErrorView';
import { checkDraft, isDirty, newDraft, type Draft } from './draft';
import { KeyFeaturesSection } from './KeyFeaturesSection';
import { ScorecardEditor } from './ScorecardEditor';
import { ScorecardList } from './ScorecardList';
import { useDeleteScorecard, useSaveScorecard, useScorecards, useScorecardVersion } from './scorecardQueries';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useWhatIfBook } from './useWhatIfBook';
import { VersionHistory } from './VersionHistory';
import { WhatIfPanel } from './WhatIfPanel';
import './scorecards.css';
import { RecomputeHealth } from './RecomputeHealth';
import { useKeptDraft } from './useKeptDraft';
import { useScorecardMoves } from './useScorecardMoves';
import { accountsText } from './text';
import { VersionView } from './VersionView';

/** A question the screen is asking before it throws an edit away. */
type Pending = { kind: 'discard' } | { kind: 'open'; id: string } | { kind: 'new' };

const NO_SCORECARDS: Scorecard[] = [];

/**
 * Health scorecards: the list in order (moved up and down in place), one scorecard's editor
 * with a live what-if over the whole book, its versions (any opened read-only and restorable),
 * and key features.
 */
export function ScorecardsScreen() {
  const list = useScorecards();
  const book = useWhatIfBook();
  const save = useSaveScorecard();
  const remove = useDeleteScorecard();
  const { selectedId, setSelectedId, draft, setDraft, restored } = useKeptDraft();
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(restored ? 'Your unsaved edit is as you left it: save or discard it.' : null);
  /** The old version of the selected scorecard open read-only, if any. */
  const [viewing, setViewing] = useState<number | null>(null);

  const entries = list.data?.scorecards;
  const inForce = useMemo(() => entries?.map((entry) => entry.scorecard) ?? NO_SCORECARDS, [entries]);
  const selected = inForce.find((card) => card.id === selectedId) ?? inForce[0] ?? null;
  const current: Draft | null = draft ?? (selected === null ? null : { card: selected, base: selected });
  const dirty = current !== null && isDirty(current);
  const card = current?.card ?? null;
  const check = useMemo(() => (card === null ? null : checkDraft(inForce, card)), [inForce, card]);
  const deferredCard = useDeferredValue(card);
  const deferredCheck = useMemo(() => (deferredCard === null ? null : checkDraft(inForce, deferredCard)), [inForce, deferredCard]);
  const moves = useScorecardMoves(inForce);

  const base = current?.base ?? null;
  const viewed = useScorecardVersion(viewing !== null && base !== null ? { id: base.id, version: viewing } : null);
  // Restoring saves the old content over the version in force, which the stale-edit check expects.
  const restoring = useMemo(() => (viewed.data === undefined || base === null ? null : { ...viewed.data.scorecard, version: base.version }), [viewed.data, base]);
  const restoreCheck = useMemo(() => (restoring === null ? null : checkDraft(inForce, restoring)), [inForce, restoring]);

  const open = (id: string | 'new') => {
    setPending(null);
    setNotice(null);
    setViewing(null);
    save.reset();
    if (id === 'new') {
      const template = inForce.find((card) => isCatchAll(card.appliesTo)) ?? inForce[0];
      const taken = (list.data?.history ?? []).map((version) => version.id);
      if (template) setDraft(newDraft(template, taken));
    } else {
      setSelectedId(id);
      setDraft(null);
    }
  };
  const ask = (next: Pending) => {
    setViewing(null); // the question is asked in the editor, which an open old version hides
    if (dirty) setPending(next);
    else if (next.kind !== 'discard') open(next.kind === 'new' ? 'new' : next.id);
  };

  /** Saves a whole scorecard (an edit, or an old version restored) and opens what was saved. */
  const store = (card: Scorecard, said: (saved: Scorecard, rescored: string) => string) => {
    save.mutate(
      { scorecard: card },
      {
        onSuccess: ({ scorecard, rescored }) => {
          setSelectedId(scorecard.scorecard.id);
          setDraft({ card: scorecard.scorecard, base: scorecard.scorecard });
          setPending(null);
          setViewing(null);
          setNotice(said(scorecard.scorecard, accountsText(rescored)));
        },
      },
    );
  };

  const saveDraft = () => {
    if (current === null || !dirty || save.isPending || viewing !== null) return;
    if (check !== null && check.problems.length > 0) {
      setNotice(`Not saved: ${check.problems.length === 1 ? 'a problem needs' : `${check.problems.length} problems need`} fixing first.`);
      return;
    }
    store(current.card, (saved, rescored) => `Saved “${saved.name}” as version ${saved.version}; ${rescored} rescored.`);
  };

  const restore = () => {
    if (restoring === null || restoreCheck === null || restoreCheck.problems.length > 0 || dirty || save.isPending) return;
    const from = viewing;
    store(restoring, (saved, rescored) => `Restored version ${from} of “${saved.name}” as version ${saved.version}; ${rescored} rescored.`);
  };

  const openVersion = (version: number) => {
    setNotice(null);
    save.reset();
    setViewing(version === base?.version ? null : version);
  };

  useEditorShortcuts({
    onSave: saveDraft,
    onEscape: () => (pending !== null ? setPending(null) : viewing !== null ? setViewing(null) : dirty ? setPending({ kind: 'discard' }) : undefined),
  });

  if (list.isPending) return <p className="screen muted">Loading scorecards…</p>;
  if (list.isError) {
    return (
      <div className="screen">
        <ErrorView error={list.error} title="Could not load the scorecards" />
        <button type="button" onClick={() => void list.refetch()}>
          Try again
        </button>
      </div>
    );
  }

  const versions = list.data.history.filter((version) => version.id === current?.card.id);
  const catchAlls = inForce.filter((card) => isCatchAll(card.appliesTo));
  const deletable = current?.base != null && !(isCatchAll(current.base.appliesTo) && catchAlls.length === 1);

  return (
    <div className="screen scorecards" data-testid="scorecards-screen">
      <header className="page-header">
        <h2>Health scorecards</h2>
        <span className="muted small">Ctrl+S saves · Escape discards</span>
        <RecomputeHealth />
      </header>
      <div className="scorecards-layout">
        <div className="scorecards-side">
          <ScorecardList
            entries={list.data.scorecards}
            selectedId={current?.base === null ? null : (current?.card.id ?? null)}
            draft={current?.base === null && check !== null ? { name: current.card.name, position: check.proposed.indexOf(current.card) } : null}
            onSelect={(id) => ask({ kind: 'open', id })}
            onNew={() => ask({ kind: 'new' })}
            moves={moves}
          />
          <KeyFeaturesSection />
        </div>
        {viewing !== null && base !== null ? (
          <VersionView
            inForce={base}
            version={viewing}
            loaded={viewed}
            restoreCheck={restoreCheck}
            dirty={dirty}
            saving={save.isPending}
            error={save.error}
            onClose={() => setViewing(null)}
            onRestore={restore}
          />
        ) : current === null || check === null ? (
          <section className="panel empty-state">
            <h3>No scorecard</h3>
            <p>There is no scorecard in force yet.</p>
          </section>
        ) : (
          <section className="panel scorecard-main" aria-label="Edit scorecard">
            <div className="editor-bar">
              <h3>
                {current.base === null ? 'New scorecard' : `${current.base.name} · version ${current.base.version}`}
                {dirty && <span className="chip unsaved">unsaved changes</span>}
              </h3>
              <div className="form-actions">
                <button type="button" className="primary" onClick={saveDraft} disabled={!dirty || save.isPending}>
                  {save.isPending ? 'Saving…' : current.base === null ? 'Save' : 'Save as new version'}
                </button>
                <button type="button" onClick={() => ask({ kind: 'discard' })} disabled={!dirty}>
                  Discard
                </button>
                {deletable && current.base !== null && !dirty && (
                  <ConfirmAction
                    label="Delete scorecard"
                    prompt={`Delete “${current.base.name}”? Its accounts go to the next scorecard that matches them.`}
                    busy={remove.isPending}
                    onConfirm={() => remove.mutate(current.card.id, { onSuccess: () => open(catchAlls[0]?.id ?? 'new') })}
                  />
                )}
              </div>
            </div>
            {pending !== null && (
              <div className="confirm-bar" role="alertdialog" aria-label="Discard changes">
                <span>{pending.kind === 'discard' ? 'Discard your changes?' : 'Discard your changes and open another scorecard?'}</span>
                <button type="button" className="primary" autoFocus onClick={() => (pending.kind === 'discard' ? open(current.base?.id ?? inForce[0]?.id ?? 'new') : open(pending.kind === 'new' ? 'new' : pending.id))}>
                  Discard changes
                </button>
                <button type="button" onClick={() => setPending(null)}>
                  Keep editing
                </button>
              </div>
            )}
            {notice && (
              <p className="notice" role="status">
                {notice}
              </p>
            )}
            {save.error && <ErrorView error={save.error} title="Not saved" />}
            {remove.error && <ErrorView error={remove.error} title="Not deleted" />}
            {check.problems.length > 0 && (
              <ul className="problems" aria-label="Problems" data-testid="scorecard-problems">
                {check.problems.map((problem) => (
                  <li key={`${problem.path}:${problem.message}`}>{problem.message}</li>
                ))}
              </ul>
            )}
            <ScorecardEditor card={current.card} problems={check.problems} tiers={book.tiers} segments={book.segments} onChange={(edited) => setDraft({ base: current.base, card: edited })} />
          </section>
        )}
        <div className="scorecards-side">
          {book.query.isError ? (
            <section className="panel">
              <ErrorView error={book.query.error} title="Could not read the book for the what-if" />
            </section>
          ) : book.data === null ? (
            <section className="panel what-if">
              <p className="muted">Reading the book for the what-if…</p>
            </section>
          ) : (
            <WhatIfPanel
              book={book.data.book}
              accounts={book.data.accounts}
              asOf={book.data.asOf}
              current={inForce}
              {...(viewing !== null
                ? { proposed: restoreCheck !== null && restoreCheck.problems.length === 0 ? restoreCheck.proposed : null, subject: `version ${viewing} restored` }
                : { proposed: deferredCheck !== null && deferredCheck.problems.length === 0 ? deferredCheck.proposed : null })}
            />
          )}
          <VersionHistory versions={versions} current={base?.version ?? null} viewing={viewing} onOpen={openVersion} />
        </div>
      </div>
    </div>
  );
}
