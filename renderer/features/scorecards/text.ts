import { formatInt } from '../../lib/format';

/** "1 account", "1,204 accounts". */
export const accountsText = (count: number): string => `${formatInt(count)} ${count === 1 ? 'account' : 'accounts'}`;
