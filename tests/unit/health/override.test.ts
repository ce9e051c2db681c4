import { describe, expect, it } from 'vitest';
import { applyOverride, DEFAULT_BANDS, validateOverride, type HealthOverride } from '../../../shared/domain/health';

const computed = { score: 82, band: 'green', bandLabel: 'Green' };
const override = (values: Partial<HealthOverride>): HealthOverride => ({ band: null, score: null, reason: 'Champion left last week', expiresOn: '2026-12-15', ...values });

describe('applyOverride', () => {
  it('shows an overridden band, with the computed health beside it', () => {
    const effective = applyOverride(computed, override({ band: 'red' }), DEFAULT_BANDS, '2026-11-23');
    expect(effective).toEqual({
      score: 82, band: 'red', bandLabel: 'Red', overridden: true,
      computed: { score: 82, band: 'green', bandLabel: 'Green' },
      override: override({ band: 'red' }),
      expired: null,
    });
  });

  it('bands an overridden score with the scorecard\'s bands', () => {
    expect(applyOverride(computed, override({ score: 51 }), DEFAULT_BANDS, '2026-11-23')).toMatchObject({ score: 51, band: 'yellow', overridden: true });
    expect(applyOverride(computed, override({ score: 50 }), DEFAULT_BANDS, '2026-11-23')).toMatchObject({ score: 50, band: 'red' });
  });

  it('applies until the day before its expiry date, then falls away and says when', () => {
    expect(applyOverride(computed, override({ band: 'red' }), DEFAULT_BANDS, '2026-12-14').overridden).toBe(true);
    const expired = applyOverride(computed, override({ band: 'red' }), DEFAULT_BANDS, '2026-12-15');
    expect(expired).toMatchObject({ score: 82, band: 'green', overridden: false, override: null });
    expect(expired.expired).toEqual({ override: override({ band: 'red' }), on: '2026-12-15' });
  });

  it('overrides a not-scored account too', () => {
    const notScored = { score: null, band: 'not_scored', bandLabel: 'Not scored' };
    expect(applyOverride(notScored, override({ band: 'yellow' }), DEFAULT_BANDS, '2026-11-23')).toMatchObject({ score: null, band: 'yellow' });
  });

  it('passes the computed health through when there is no override', () => {
    expect(applyOverride(computed, null, DEFAULT_BANDS, '2026-11-23')).toMatchObject({ ...computed, overridden: false, override: null, expired: null });
  });

  it('refuses an override without a reason', () => {
    expect(() => applyOverride(computed, override({ band: 'red', reason: ' ' }), DEFAULT_BANDS, '2026-11-23')).toThrow(
      'Health override cannot be applied: An override needs a reason',
    );
  });
});

describe('validateOverride', () => {
  it('lists every problem', () => {
    expect(validateOverride(override({ band: 'purple', score: 120, reason: '', expiresOn: 'soon' }), DEFAULT_BANDS)).toEqual([
      'An override needs a reason',
      'An override sets either a band or a score, not both and not neither',
      'Unknown band "purple" (known: red, yellow, green)',
      'An override score must be from 0 to 100 (got 120)',
      'The expiry date is not a date (expected YYYY-MM-DD): "soon"',
    ]);
    expect(validateOverride(override({}), DEFAULT_BANDS)).toEqual(['An override sets either a band or a score, not both and not neither']);
    expect(validateOverride(override({ score: 40 }), DEFAULT_BANDS)).toEqual([]);
  });
});
