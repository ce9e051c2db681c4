import { describe, expect, it } from 'vitest';
import { renewalStageProbability, selectScorecard } from '../../../shared/domain/health';
import { dayNumber } from '../../../shared/domain/health/dates';
import { measure, scorecard } from './helpers';

describe('selectScorecard', () => {
  const card = (id: string, appliesTo: object) => ({ ...scorecard([measure('breadth', 1)]), id, appliesTo });
  const cards = [
    card('strategic-enterprise', { tiers: ['strategic'], segments: ['Enterprise'] }),
    card('strategic', { tiers: ['strategic'] }),
    card('smb', { segments: ['SMB', 'Startup'] }),
    card('all', {}),
  ];
  const pick = (tier: string | null, segment: string | null) => selectScorecard({ tier, segment }, cards)?.id;

  it('takes the first scorecard whose rule matches', () => {
    expect(pick('strategic', 'Enterprise')).toBe('strategic-enterprise');
    expect(pick('strategic', 'SMB')).toBe('strategic');
    expect(pick('tech-touch', 'Startup')).toBe('smb');
    expect(pick('tech-touch', 'Enterprise')).toBe('all');
    expect(pick(null, null)).toBe('all');
  });

  it('gives null when nothing matches', () => {
    expect(selectScorecard({ tier: 'mid-touch', segment: null }, cards.slice(0, 3))).toBeNull();
  });
});

describe('renewalStageProbability', () => {
  it('maps the default Salesforce and HubSpot stages, whatever their spelling', () => {
    expect(renewalStageProbability('Negotiation/Review')).toBe(90);
    expect(renewalStageProbability('Id. Decision Makers')).toBe(60);
    expect(renewalStageProbability('contractsent')).toBe(90);
    expect(renewalStageProbability('Decision maker bought-in')).toBe(80);
  });

  it('lets closed flags win, and does not guess an unknown stage', () => {
    expect(renewalStageProbability('Negotiation/Review', { isClosed: true, isWon: false })).toBe(0);
    expect(renewalStageProbability(null, { isClosed: true, isWon: true })).toBe(100);
    expect(renewalStageProbability('Waiting on legal')).toBeNull();
    expect(renewalStageProbability(null)).toBeNull();
  });
});

describe('dayNumber', () => {
  it('counts days from 1970 and accepts timestamps by their written date', () => {
    expect(dayNumber('1970-01-01', 'x')).toBe(0);
    expect(dayNumber('2000-03-01', 'x') - dayNumber('2000-02-28', 'x')).toBe(2);
    expect(dayNumber('2026-11-23', 'x')).toBe(Date.UTC(2026, 10, 23) / 86_400_000);
    expect(dayNumber('2026-11-23T23:59:59+05:00', 'x')).toBe(dayNumber('2026-11-23', 'x'));
  });

  it('refuses what is not a real day', () => {
    for (const text of ['2026-13-01', '2026-02-29', '2026-1-01', '2026-11-23x', '']) {
      expect(() => dayNumber(text, 'The date')).toThrow(`The date is not a date (expected YYYY-MM-DD): ${JSON.stringify(text)}`);
    }
  });
});
