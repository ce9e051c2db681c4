/**
 * Salesforce ids come as 15 case-sensitive characters or 18 case-safe ones: the last three
 * characters encode which of the first 15 are upper-case, five characters each, as an index
 * into A–Z0–5. Normalising to 18 characters makes both forms the same record.
 */
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID15 = /^[a-zA-Z0-9]{15}$/;
const ID18 = /^[a-zA-Z0-9]{15}[a-zA-Z0-5]{3}$/;

export function salesforceIdSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15.charAt(chunk * 5 + i);
      if (char >= 'A' && char <= 'Z') flags |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(flags);
  }
  return suffix;
}

/** A 15-character id, or an 18-character one whose suffix matches its first 15 characters. */
export function isSalesforceId(text: string): boolean {
  const id = text.trim();
  if (ID15.test(id)) return true;
  return ID18.test(id) && salesforceIdSuffix(id.slice(0, 15)) === id.slice(15).toUpperCase();
}

/**
 * The 18-character form of an id, or null when the text is not one. An 18-character id whose
 * case was lost (lower-cased by a spreadsheet or a case-insensitive system) is restored from
 * its suffix, which is exactly what the suffix is for.
 */
export function normalizeSalesforceId(text: string): string | null {
  const id = text.trim();
  if (ID15.test(id)) return id + salesforceIdSuffix(id);
  if (!ID18.test(id)) return null;
  const suffix = id.slice(15).toUpperCase();
  const head = id.slice(0, 15);
  if (salesforceIdSuffix(head) === suffix) return head + suffix;
  const restored = restoreCase(head, suffix);
  return restored !== null && salesforceIdSuffix(restored) === suffix ? restored + suffix : null;
}

function restoreCase(head: string, suffix: string): string | null {
  let restored = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const flags = SUFFIX_ALPHABET.indexOf(suffix.charAt(chunk));
    if (flags < 0) return null;
    for (let i = 0; i < 5; i++) {
      const char = head.charAt(chunk * 5 + i);
      restored += flags & (1 << i) ? char.toUpperCase() : char.toLowerCase();
    }
  }
  return restored;
}
