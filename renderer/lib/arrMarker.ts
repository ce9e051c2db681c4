import { describeArrSource, isDerivedArr, type ArrSource } from '../../shared/domain/metrics/effectiveArr';

/**
 * How the screens tell an ARR worked out from revenue (no ARR entered on the account) from an
 * entered one: the figure carries DERIVED_ARR_MARK, its tooltip says how it was derived, and a
 * list or chart holding any says so in DERIVED_ARR_LEGEND.
 */
export const DERIVED_ARR_MARK = '*';

export const DERIVED_ARR_LEGEND = `${DERIVED_ARR_MARK} Derived, no ARR entered: 12 × the current MRR from the revenue history (else the MRR field).`;

/** True for a figure that must carry the mark. `source` is absent on rows built without one: entered. */
export function arrIsDerived(source: ArrSource | undefined): boolean {
  return source !== undefined && isDerivedArr(source);
}

/** The figure as shown, marked when derived. */
export function markArr(text: string, source: ArrSource | undefined): string {
  return arrIsDerived(source) ? `${text}${DERIVED_ARR_MARK}` : text;
}

/** The tooltip of an ARR figure: the exact amount, and where it came from unless entered. */
export function arrTitle(source: ArrSource | undefined, exact: string): string {
  return source === undefined || source === 'entered' ? exact : `${exact} — ${describeArrSource(source)}`;
}

/** The note under a total that holds derived ARR: how much of it, and what derived means. */
export function derivedArrNote(derivedArr: number, format: (value: number) => string): string {
  return `${format(derivedArr)} of it derived. ${DERIVED_ARR_LEGEND}`;
}
