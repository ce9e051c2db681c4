import type { CustomValue } from '../../../../shared/api/dto';
import { sameValue, toJson } from './values';

/**
 * The three-way rule for one field: local (the workspace now), incoming (the file) and the last
 * value imported from this source. Nothing local is overwritten unless only the CRM changed it.
 */
export type FieldOutcome =
  /** Only the CRM changed it (or the local value is empty and was never imported): write it. */
  | 'take'
  /** Only the user changed it, or nobody did: leave it. */
  | 'keep'
  /** Both sides already agree; only the remembered value may need catching up. */
  | 'same'
  /** Both changed, differently: keep local, ask the user. */
  | 'conflict';

export interface FieldDecision {
  outcome: FieldOutcome;
  /** Remember `incoming` as the last imported value. */
  rememberIncoming: boolean;
}

export function decideField(
  local: CustomValue | undefined,
  incoming: CustomValue,
  lastImportedJson: string | undefined,
  /** The column's default (mrr 0, status active): as empty as null when never imported. */
  emptyDefault?: CustomValue,
): FieldDecision {
  if (lastImportedJson === undefined) {
    // Never imported from this source: a local value we have never seen is the user's own,
    // unless it is empty (null, '' or the column default).
    if (sameValue(local, incoming)) return { outcome: 'same', rememberIncoming: true };
    const empty = local === undefined || local === null || local === '';
    if (empty || (emptyDefault !== undefined && sameValue(local, emptyDefault))) {
      return { outcome: 'take', rememberIncoming: true };
    }
    return { outcome: 'conflict', rememberIncoming: false };
  }
  const incomingJson = toJson(incoming);
  if (incomingJson === lastImportedJson) return { outcome: 'keep', rememberIncoming: false };
  if (toJson(local) === lastImportedJson) return { outcome: 'take', rememberIncoming: true };
  if (sameValue(local, incoming)) return { outcome: 'same', rememberIncoming: true };
  return { outcome: 'conflict', rememberIncoming: false };
}
