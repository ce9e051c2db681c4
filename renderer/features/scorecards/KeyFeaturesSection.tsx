import { useState } from 'react';
import { ErrorView, InlineError } from '../../components/ErrorView';
import { PickList } from './PickList';
import { useKeyFeatures, useSetKeyFeatures } from './scorecardQueries';

/**
 * The features whose use counts as depth (key features used ÷ key features defined): picked
 * from those the usage log names, or typed in when usage only counts features per account.
 */
export function KeyFeaturesSection() {
  const query = useKeyFeatures();
  const save = useSetKeyFeatures();
  const [picked, setPicked] = useState<string[] | null>(null);
  const [typed, setTyped] = useState('');
  if (query.isPending) return <section className="panel"><p className="muted">Loading key features…</p></section>;
  if (query.isError) return <section className="panel"><ErrorView error={query.error} title="Could not load the key features" /></section>;
  const saved = query.data.features;
  const chosen = picked ?? saved;
  const choices = [...query.data.known, ...chosen.filter((name) => !query.data.known.includes(name))];
  const dirty = picked !== null && (picked.length !== saved.length || picked.some((name) => !saved.includes(name)));
  const add = () => {
    const name = typed.trim();
    if (name !== '' && !chosen.includes(name)) setPicked([...chosen, name]);
    setTyped('');
  };
  return (
    <section className="panel key-features" aria-label="Key features">
      <h3>Key features</h3>
      <p className="muted small">Depth is the share of these an account used in the last 30 days. With none picked, depth is n/a.</p>
      {choices.length === 0 ? (
        <p className="muted small">The usage data names no features: type the product’s key features below.</p>
      ) : (
        <div className="feature-choices">
          <PickList values={choices} picked={chosen} onChange={setPicked} />
        </div>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input aria-label="Key feature name" placeholder="Feature name" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <button type="submit" disabled={typed.trim() === ''}>
          Add
        </button>
      </form>
      <div className="form-actions">
        <button type="button" className="primary" disabled={!dirty || save.isPending} onClick={() => save.mutate(chosen, { onSuccess: () => setPicked(null) })}>
          {save.isPending ? 'Saving…' : 'Save key features'}
        </button>
        {dirty && (
          <button type="button" onClick={() => setPicked(null)}>
            Undo changes
          </button>
        )}
        <span className="muted small" data-testid="key-features-count">
          {chosen.length} picked
        </span>
      </div>
      <InlineError error={save.error} />
    </section>
  );
}
