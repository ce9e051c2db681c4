/** The objects of a Salesforce weekly Data Export the workbench imports. */
export const CORE_EXPORT_OBJECTS = ['Account', 'Contact', 'Opportunity', 'Task', 'Event', 'Case'] as const;

/**
 * The Salesforce object a Data Export entry holds, from its file name: "Account.csv" ->
 * "Account" (any folder and any letter case), "Branch__c.csv" -> "Branch__c". Null for names
 * that are not an object's API name (e.g. "notes (1).csv").
 */
export function objectForEntry(entryPath: string): string | null {
  const base = entryPath.split('/').pop() ?? '';
  const match = /^([A-Za-z][A-Za-z0-9_]*)\.csv$/i.exec(base);
  if (!match) return null;
  const name = match[1]!;
  return CORE_EXPORT_OBJECTS.find((object) => object.toLowerCase() === name.toLowerCase()) ?? name;
}

export function isCoreObject(object: string | null): boolean {
  return object !== null && (CORE_EXPORT_OBJECTS as readonly string[]).includes(object);
}
