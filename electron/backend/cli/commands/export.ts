import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, exportAccounts, writeFileAtomic, type AccountExport } from '../../export';
import { jsonOption, parseChoice, resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { CliError, EXIT_FAILURE, EXIT_OK, UsageError } from '../errors';
import { withWorkspace } from '../workspace';

const OBJECTS = ['accounts'] as const;

function requireOption(name: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`export needs --${name}; run \`csm help export\``);
  return value;
}

export const exportCommand = defineCommand({
  name: 'export',
  summary: "Write the fields the workbench owns (journey stage, last touch) as a CRM update file, keyed by the CRM's record id.",
  usage: 'export --workspace PATH --format hubspot|salesforce --object accounts --out FILE [--json]',
  details: [
    WORKSPACE_HELP,
    '--format F         salesforce: a Data Loader update CSV (Id + CSM_*__c fields); hubspot: an import CSV (Record ID + CSM properties)',
    '--object NAME      what to export; only accounts so far',
    '--out FILE         the CSV to write (replaced whole; never left half-written)',
    '--json             the counts as JSON',
  ],
  options: {
    ...workspaceOption,
    ...jsonOption,
    format: { type: 'string' },
    object: { type: 'string' },
    out: { type: 'string' },
  },
  async run({ values }, io) {
    const format = parseChoice('--format', requireOption('format', values.format), EXPORT_FORMATS);
    parseChoice('--object', requireOption('object', values.object), OBJECTS);
    const out = path.resolve(io.cwd, requireOption('out', values.out));
    const dbPath = resolveWorkspace(values.workspace, io);
    if (out === dbPath) throw new UsageError('--out must not be the workspace file');
    if (!fs.existsSync(path.dirname(out))) throw new CliError(`cannot write ${out}: folder ${path.dirname(out)} does not exist`);

    const result: AccountExport = await withWorkspace(dbPath, async (workspace) => exportAccounts(workspace.sqlite, format));
    // An empty update file would only confuse a later import; nothing is written then.
    if (result.written > 0) writeFileAtomic(out, result.csv);

    if (values.json) {
      io.stdout(JSON.stringify({ format, object: 'accounts', out: result.written > 0 ? out : null, written: result.written, withoutId: result.withoutId, invalidId: result.invalidId }, null, 2) + '\n');
    } else {
      const lines = [
        result.written > 0 ? `${out}: ${result.written} account${result.written === 1 ? '' : 's'} written` : `nothing exported; ${out} was not written`,
        ...(result.withoutId > 0 ? [`${result.withoutId} account${result.withoutId === 1 ? ' has' : 's have'} no ${format} id; not exported`] : []),
        ...(result.invalidId > 0 ? [`${result.invalidId} account${result.invalidId === 1 ? ' has' : 's have'} a ${format} id the CRM would reject; not exported`] : []),
      ];
      io.stdout(lines.join('\n') + '\n');
    }
    return result.written > 0 ? EXIT_OK : EXIT_FAILURE;
  },
});
