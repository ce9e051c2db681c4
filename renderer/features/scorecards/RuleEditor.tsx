import type { ScorecardRule } from '../../../shared/domain/health';
import { FieldProblems } from './FieldProblems';
import { PickList } from './PickList';

interface Props {
  rule: ScorecardRule;
  /** Tiers and segments the book's accounts have, to pick from. */
  tiers: string[];
  segments: string[];
  problems: string[];
  onChange: (rule: ScorecardRule) => void;
}

function Choices({ title, known, picked, onChange }: { title: string; known: string[]; picked: string[]; onChange: (picked: string[]) => void }) {
  const all = [...new Set([...known, ...picked])].sort();
  return (
    <fieldset className="rule-choices">
      <legend>{title}</legend>
      {all.length === 0 && <span className="muted small">No account has one yet.</span>}
      <PickList values={all} picked={picked} onChange={onChange} />
      {picked.length === 0 && <span className="muted small">(any)</span>}
    </fieldset>
  );
}

/** Which accounts the scorecard is for: ticked tiers and segments (none ticked: any). */
export function RuleEditor({ rule, tiers, segments, problems, onChange }: Props) {
  return (
    <section className="editor-section" aria-label="Applies to">
      <h4>Applies to</h4>
      <div className="rule">
        <Choices title="Tiers" known={tiers} picked={rule.tiers ?? []} onChange={(picked) => onChange({ ...rule, tiers: picked })} />
        <Choices title="Segments" known={segments} picked={rule.segments ?? []} onChange={(picked) => onChange({ ...rule, segments: picked })} />
      </div>
      <p className="muted small">The first scorecard in the list whose rule matches an account scores it; one with nothing ticked applies to every account and goes last.</p>
      <FieldProblems messages={problems} />
    </section>
  );
}
