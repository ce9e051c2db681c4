import { describe, expect, it } from 'vitest';
import { rawForScore, scoreOnThresholds } from '../../../shared/domain/health';
import { thresholds } from './helpers';

describe('thresholds', () => {
  const usage = thresholds('higher', 'linear', [[1, 40], [3, 75], [5, 100]]);
  const tickets = thresholds('lower', 'steps', [[0, 100], [1, 70], [3, 20]]);
  const nps = thresholds('higher', 'steps', [[0, 10], [7, 70], [9, 100]]);
  const days = thresholds('lower', 'linear', [[0, 100], [10, 50], [20, 0]]);

  it('interpolates linearly and holds the end scores outside the points', () => {
    expect(scoreOnThresholds(usage, 2)).toBe(57.5); // 40 + (2 − 1) × 35 / 2
    expect(scoreOnThresholds(usage, 4)).toBe(87.5); // 75 + (4 − 3) × 25 / 2
    expect(scoreOnThresholds(usage, 0)).toBe(40);
    expect(scoreOnThresholds(usage, 9)).toBe(100);
    expect(scoreOnThresholds(days, 15)).toBe(25); // 50 − (15 − 10) × 50 / 10
  });

  it('reads higher-is-better steps as "from raw up"', () => {
    expect(scoreOnThresholds(nps, 6)).toBe(10);
    expect(scoreOnThresholds(nps, 7)).toBe(70);
    expect(scoreOnThresholds(nps, 8.9)).toBe(70);
    expect(scoreOnThresholds(nps, 9)).toBe(100);
  });

  it('reads lower-is-better steps as "up to raw"', () => {
    expect(scoreOnThresholds(tickets, 0)).toBe(100);
    expect(scoreOnThresholds(tickets, 0.5)).toBe(70);
    expect(scoreOnThresholds(tickets, 1)).toBe(70);
    expect(scoreOnThresholds(tickets, 2)).toBe(20);
    expect(scoreOnThresholds(tickets, 7)).toBe(20);
  });

  it('turns a score back into the least good raw value that reaches it', () => {
    expect(rawForScore(usage, 57.5)).toBe(2);
    expect(rawForScore(usage, 30)).toBe(1);
    expect(rawForScore(usage, 101)).toBeNull();
    expect(rawForScore(nps, 71)).toBe(9);
    expect(rawForScore(tickets, 71)).toBe(0);
    expect(rawForScore(tickets, 70)).toBe(1);
    expect(rawForScore(days, 25)).toBe(15);
    expect(rawForScore(days, 0)).toBe(20);
  });
});
