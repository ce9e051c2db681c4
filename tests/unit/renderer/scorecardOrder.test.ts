import { describe, expect, it } from 'vitest';
import { defaultScorecard, NOT_SCORED, type Band, type Scorecard } from '../../../shared/domain/health';
import { describeHealth, healthBandOptions, HEALTH_BAND_OPTIONS } from '../../../renderer/features/portfolio/healthColumns';
import { accountRow } from './accountRows';
import { checkMove, moveKey } from '../../../renderer/features/scorecards/order';
import { versionDifferences } from '../../../renderer/features/scorecards/versionDiff';

const base = defaultScorecard();
const card = (id: string, appliesTo: Scorecard['appliesTo'], bands: Band[] = base.bands): Scorecard => ({ ...base, id, name: id.toUpperCase(), appliesTo, bands });
const strategic = card('strategic', { tiers: ['strategic'] });
const enterprise = card('enterprise', { segments: ['Enterprise'] });
const emea = card('emea', { segments: ['EMEA'] });
const list = [strategic, enterprise, emea, base];

describe('moving a scorecard up or down the list', () => {
  it('swaps it with its neighbour and gives the whole new order', () => {
    expect(checkMove(list, 'enterprise', 'up')).toEqual({ ok: true, ids: ['enterprise', 'strategic', 'emea', 'default'] });
    expect(checkMove(list, 'enterprise', 'down')).toEqual({ ok: true, ids: ['strategic', 'emea', 'enterprise', 'default'] });
  });

  it('refuses, with the reason, the top going up, a move below the catch-all, and the catch-all itself', () => {
    expect(checkMove(list, 'strategic', 'up')).toEqual({ ok: false, reason: '“STRATEGIC” is already first' });
    expect(checkMove(list, 'emea', 'down')).toEqual({ ok: false, reason: 'Below “Default”, which applies to every account, “EMEA” would never be used' });
    expect(checkMove(list, 'default', 'up')).toEqual({ ok: false, reason: '“Default” applies to every account, so it stays last' });
    expect(checkMove(list, 'gone', 'up')).toEqual({ ok: false, reason: 'This scorecard is not in force' });
  });

  it('is asked for with Alt+ArrowUp and Alt+ArrowDown only', () => {
    const key = (key: string, held: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) =>
      moveKey({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...held });
    expect(key('ArrowUp', { altKey: true })).toBe('up');
    expect(key('ArrowDown', { altKey: true })).toBe('down');
    expect(key('ArrowUp')).toBeNull();
    expect(key('ArrowUp', { altKey: true, shiftKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
  });
});

describe('an old version beside the one in force', () => {
  it('marks the measures, rule, bands and minimum that differ, and the measures restoring would drop', () => {
    const [first, second, ...rest] = base.measures;
    const old: Scorecard = { ...base, version: 1, measures: [{ ...first!, weight: first!.weight + 5 }, second!, card('x', {}).measures[2]!], minMeasuresWithData: 2 };
    const inForce: Scorecard = { ...base, version: 3, measures: [first!, second!, ...rest.slice(1)], appliesTo: { tiers: [] } };
    const differences = versionDifferences(old, inForce);
    expect(differences.measures).toEqual({ [first!.id]: 'changed', [second!.id]: 'same', [rest[0]!.id]: 'not-in-force' });
    expect(differences.dropped).toEqual(rest.slice(1).map((measure) => measure.label));
    expect(differences).toMatchObject({ name: false, rule: false, bands: false, minimum: true });
    expect(versionDifferences({ ...old, appliesTo: { tiers: ['strategic'] } }, inForce).rule).toBe(true);
  });
});

describe('the portfolio health filter', () => {
  const ids = (options: { value: string }[]) => options.map((option) => option.value);

  it('offers the default bands and "Not scored" for the default scorecard', () => {
    expect(healthBandOptions([base])).toEqual(HEALTH_BAND_OPTIONS);
  });

  it('offers every band of the scorecards in force once, lowest range first, whatever the order of the scorecards', () => {
    const custom = card('custom', { tiers: ['strategic'] }, [
      { id: 'critical', label: 'Critical', min: 0, max: 30 },
      { id: 'red', label: 'At risk', min: 31, max: 50 },
      { id: 'watch', label: 'Watch', min: 51, max: 60 },
      { id: 'green', label: 'Green', min: 61, max: 100 },
    ]);
    const options = healthBandOptions([base, custom]);
    expect(ids(options)).toEqual(['critical', 'red', 'watch', 'yellow', 'green', NOT_SCORED]);
    expect(options.find((option) => option.value === 'red')!.label).toBe('Red / At risk');
    expect(ids(healthBandOptions([custom, base]))).toEqual(['critical', 'red', 'watch', 'yellow', 'green', NOT_SCORED]);
  });

  it('labels a custom band in the cells by the label its scorecard gives it (by its id before the scorecards are read)', () => {
    const withChampions = card('default', {}, [...base.bands.slice(0, 2), { id: 'green', label: 'Green', min: 76, max: 88 }, { id: 'band', label: 'Champions', min: 89, max: 100 }]);
    const row = accountRow(1, { healthScore: 93, healthBand: 'band' });
    expect(describeHealth(row, healthBandOptions([withChampions])).text).toBe('93 Champions');
    expect(describeHealth(row).text).toBe('93 band');
  });
});
