import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ScorecardEntry } from '../../../shared/api';
import { isCatchAll, type ScorecardRule } from '../../../shared/domain/health';
import { moveKey, type Direction } from './order';
import type { ScorecardMoves } from './useScorecardMoves';

interface Props {
  entries: ScorecardEntry[];
  selectedId: string | null;
  /** A new scorecard being drafted: shown in the list where Save would put it. */
  draft: { name: string; position: number } | null;
  onSelect: (id: string) => void;
  onNew: () => void;
  moves: ScorecardMoves;
}

/** Which control had focus when a move was asked for, to give it back once the list has moved. */
type Control = 'item' | Direction;

export function ruleText(rule: ScorecardRule): string {
  if (isCatchAll(rule)) return 'Every other account';
  const parts = [];
  if (rule.tiers && rule.tiers.length > 0) parts.push(`tier ${rule.tiers.join(' or ')}`);
  if (rule.segments && rule.segments.length > 0) parts.push(`segment ${rule.segments.join(' or ')}`);
  return parts.join(', and ');
}

/**
 * The scorecards in force in the order they are tried: the first whose rule matches an account
 * scores it. Each moves up or down with its buttons or Alt+ArrowUp / Alt+ArrowDown.
 */
export function ScorecardList({ entries, selectedId, draft, onSelect, onNew, moves }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const [refocus, setRefocus] = useState<{ id: string; control: Control } | null>(null);

  // Moving an item moves its DOM node, which loses focus: give it back to the control that
  // moved it (or to the item, when that control is now disabled: the top item cannot go up).
  useEffect(() => {
    if (refocus === null || listRef.current === null) return;
    const within = [...listRef.current.querySelectorAll<HTMLButtonElement>(`[data-card="${CSS.escape(refocus.id)}"]`)];
    const wanted = within.find((element) => element.dataset.control === refocus.control && !element.disabled);
    (wanted ?? within.find((element) => element.dataset.control === 'item'))?.focus();
    setRefocus(null);
  }, [refocus]);

  const move = (id: string, direction: Direction, control: Control) => {
    void moves.move(id, direction).then((moved) => moved && setRefocus({ id, control }));
  };
  const onItemKeyDown = (event: KeyboardEvent<HTMLButtonElement>, id: string) => {
    const direction = moveKey(event);
    if (direction === null) return;
    event.preventDefault();
    move(id, direction, 'item');
  };

  return (
    <section className="panel scorecard-list" aria-label="Scorecards">
      <h3>Scorecards</h3>
      <p className="muted small">Tried in this order; the first that matches an account scores it. Alt+↑ / Alt+↓ moves the focused one.</p>
      <ol ref={listRef}>
        {entries.map((entry, index) => {
          const card = entry.scorecard;
          const selected = card.id === selectedId;
          return (
            <Fragment key={card.id}>
              {draft?.position === index && <DraftItem name={draft.name} />}
              <li className="scorecard-row">
                <button
                  type="button"
                  className={`scorecard-item${selected ? ' selected' : ''}`}
                  aria-current={selected ? 'true' : undefined}
                  data-card={card.id}
                  data-control="item"
                  onClick={() => onSelect(card.id)}
                  onKeyDown={(event) => onItemKeyDown(event, card.id)}
                >
                  <span className="scorecard-name">{card.name}</span>
                  <span className="muted small">
                    {ruleText(card.appliesTo)} · v{card.version} · {card.measures.length} measures
                  </span>
                </button>
                {!isCatchAll(card.appliesTo) && (
                  <span className="move-buttons">
                    {(['up', 'down'] as const).map((direction) => {
                      const check = moves.check(card.id, direction);
                      return (
                        <button
                          key={direction}
                          type="button"
                          className="move-button"
                          aria-label={`Move ${card.name} ${direction}`}
                          title={check.ok ? `Move ${direction} (Alt+${direction === 'up' ? '↑' : '↓'})` : check.reason}
                          data-card={card.id}
                          data-control={direction}
                          disabled={!check.ok || moves.busy}
                          onClick={() => move(card.id, direction, direction)}
                        >
                          <span aria-hidden="true">{direction === 'up' ? '▲' : '▼'}</span>
                        </button>
                      );
                    })}
                  </span>
                )}
              </li>
            </Fragment>
          );
        })}
        {draft !== null && draft.position >= entries.length && <DraftItem name={draft.name} />}
      </ol>
      <button type="button" onClick={onNew} disabled={draft !== null}>
        New scorecard
      </button>
    </section>
  );
}

function DraftItem({ name }: { name: string }) {
  return (
    <li>
      <span className="scorecard-item selected new">
        <span className="scorecard-name">{name || 'New scorecard'}</span>
        <span className="muted small">not saved yet</span>
      </span>
    </li>
  );
}
