import { AppError } from '../../api/errors';
import type { AccountAttributes, AccountId } from './types';

export interface AccountScope {
  /** Whether an account is in the segment and tier asked for (always true without a filter). */
  includes(accountId: AccountId): boolean;
  /** Licensed seats from the account attributes, when known. */
  seats(accountId: AccountId): number | null;
}

const key = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim().toLowerCase();
  return trimmed ? trimmed : null;
};

/**
 * The accounts a report covers. Segment and tier are compared trimmed and case-insensitively,
 * because CRM exports spell "Enterprise" and "enterprise" for the same segment. An account
 * without attributes has no segment, so any filter leaves it out.
 */
export function accountScope(accounts: readonly AccountAttributes[], segment?: string | null, tier?: string | null): AccountScope {
  const wantedSegment = key(segment);
  const wantedTier = key(tier);
  const included = new Set<AccountId>();
  const seats = new Map<AccountId, number>();
  const seen = new Set<AccountId>();
  for (const account of accounts) {
    if (seen.has(account.accountId)) throw new AppError('BAD_INPUT', `Account ${account.accountId} is listed twice in the account attributes`);
    seen.add(account.accountId);
    const matches = (wantedSegment === null || key(account.segment) === wantedSegment) && (wantedTier === null || key(account.tier) === wantedTier);
    if (matches) included.add(account.accountId);
    if (typeof account.seats === 'number' && Number.isFinite(account.seats) && account.seats > 0) seats.set(account.accountId, account.seats);
  }
  const filtered = wantedSegment !== null || wantedTier !== null;
  return {
    includes: (accountId) => !filtered || included.has(accountId),
    seats: (accountId) => seats.get(accountId) ?? null,
  };
}
