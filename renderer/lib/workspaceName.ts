/** "Acme audit" for "/home/me/workspaces/Acme audit.csm.db": what the header shows. */
export function workspaceDisplayName(path: string): string {
  const base = path.split(/[\\/]/).filter(Boolean).pop() ?? path;
  let name = base;
  for (;;) {
    const stripped = name.replace(/\.(db|sqlite3?|csm|workspace)$/i, '');
    if (stripped === name || stripped === '') break;
    name = stripped;
  }
  return name || base || 'Workspace';
}
