/** Header cleanup shared by every profile: a stray byte-order mark, outer quotes, outer spaces. */
export function cleanHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().replace(/^"(.*)"$/s, '$1').trim();
}

/** Salesforce API names are case-insensitive (Data Loader writes ACCOUNTID). */
export function apiNameKey(header: string): string {
  return cleanHeader(header).toLowerCase();
}

/** Report and HubSpot labels: any case, runs of spaces as one. */
export function labelKey(header: string): string {
  return cleanHeader(header).toLowerCase().replace(/\s+/g, ' ');
}

/** Generic files: letters and digits only, so account_id, Account ID and accountId meet. */
export function compactKey(header: string): string {
  return cleanHeader(header).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** "HEADER_ONLY_Account.csv" -> "account"; the words of "ravenstack_subscriptions" are also tried. */
export function fileNameKeys(fileName: string | undefined): string[] {
  if (!fileName) return [];
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '').replace(/^HEADER_ONLY_/i, '');
  const whole = base.toLowerCase();
  const words = whole.split(/(?<!_)_(?!_)|[-\s.]+/).filter((word) => word !== '');
  return [whole, ...words];
}
