import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import type { MetricsReportDto } from '../../../shared/api/metricsDto';
import { fixedClock } from '../../helpers/tempDir';
import { rejectionOf as rejection } from '../importWizard/helpers';
import { JUNE_2024, useHandBuiltBook } from './handBuiltBook';

describe('metrics.get through dispatch', () => {
  const handBuiltBook = useHandBuiltBook();

  async function withBook<T>(clockIso: string, work: (dispatch: (input: unknown) => Promise<MetricsReportDto>) => Promise<T>): Promise<T> {
    const { workspace } = await handBuiltBook();
    const backend = await createBackend({ dbPath: workspace, ifMissing: 'fail', clock: fixedClock(clockIso) });
    try {
      return await work((input) => backend.dispatch('metrics.get', input));
    } finally {
      await backend.close();
    }
  }

  it('defaults to the last complete month per the back-end clock, and takes a period and a segment', async () => {
    await withBook('2024-07-15T08:00:00.000Z', async (dispatch) => {
      const byDefault = await dispatch({});
      expect(byDefault.period.last).toBe('2024-06');
      expect(byDefault).toMatchObject({ mrr: JUNE_2024.mrr, customers: JUNE_2024.customers, mrrMovements: JUNE_2024.mrrMovements, nps: 25 });

      const smb = await dispatch({ period: '2024-06', segment: ' SMB ' });
      expect(smb.filter).toEqual({ segment: 'SMB', tier: null });
      expect(smb.mrr).toEqual({ start: 400, end: 700 });
    });
  });

  it('reads a month still running only up to today', async () => {
    await withBook('2024-06-20T08:00:00.000Z', async (dispatch) => {
      const report = await dispatch({ period: '2024-06' });
      expect(report.settings.windowEnd).toBe('2024-06-20');
      // Gamma's answer of the 30th is not in yet.
      expect(report.npsResponses.total).toBe(3);
    });
  });

  it('refuses bad input as BAD_INPUT naming what was wrong', async () => {
    await withBook('2024-07-15T08:00:00.000Z', async (dispatch) => {
      expect((await rejection(dispatch({ period: '2024-6' }))).message).toBe('Invalid input for metrics.get: period: expected a month as YYYY-MM');
      expect((await rejection(dispatch({ period: '2024-06', tier: 'gold' }))).code).toBe('BAD_INPUT');
      const unknown = await rejection(dispatch({ segment: 'Nope' }));
      expect(unknown.code).toBe('BAD_INPUT');
      expect(unknown.message).toBe('Unknown segment "Nope"; the segments are: Enterprise, SMB');
      expect((await rejection(dispatch({ period: '2024-08' }))).message).toBe('Metrics period 2024-08 has not begun yet (today is 2024-07-15)');
    });
  });
});
