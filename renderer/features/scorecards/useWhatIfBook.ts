import { useMemo } from 'react';
import type { HealthBookDto } from '../../../shared/api';
import type { HealthBook } from '../../../shared/domain/health';
import { bookFromReadings } from '../../../shared/domain/health/bookReadings';
import { useHealthBook } from './scorecardQueries';

export interface WhatIfBook {
  book: HealthBook;
  accounts: HealthBookDto['accounts'];
  asOf: string;
}

const distinct = (values: readonly (string | null)[]): string[] => [...new Set(values.filter((value): value is string => value !== null && value !== ''))].sort();

/** The book's readings ready for compareSetsOnBook (built once per fetch), and the tiers and segments a rule can pick. */
export function useWhatIfBook() {
  const query = useHealthBook();
  const dto = query.data;
  const data = useMemo<WhatIfBook | null>(() => (dto === undefined ? null : { book: bookFromReadings(dto.accounts, dto), accounts: dto.accounts, asOf: dto.asOf }), [dto]);
  const tiers = useMemo(() => distinct(dto?.accounts.map((account) => account.tier) ?? []), [dto]);
  const segments = useMemo(() => distinct(dto?.accounts.map((account) => account.segment) ?? []), [dto]);
  return { query, data, tiers, segments };
}
