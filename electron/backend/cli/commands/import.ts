import path from 'node:path';
import { isObjectName } from '../../../../shared/domain/import/fields';
import type { TableImportSummary } from '../../../../shared/api/importDto';
import { rescoreAfterImport } from '../../import/rescoreAfterImport';
import { loadMappingFile } from '../../import/mapping';
import { tablesFromFiles, type ProfileChoice } from '../../import/run';
import { runImportInWorker } from '../../import/worker';
import { jsonOption, parseChoice, resolveWorkspace, WORKSPACE_HELP, workspaceOption } from '../args';
import { defineCommand } from '../command';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../errors';
import type { CliIo } from '../io';
import { withWorkspace } from '../workspace';

const PROFILES = ['auto', 'salesforce', 'hubspot', 'generic'] as const;
const ERRORS_SHOWN = 5;

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import CRM export files into a workspace, as a three-way sync that never overwrites your edits.',
  usage: 'import FILE... --workspace PATH [--profile auto|salesforce|hubspot|generic] [--object NAME] [--mapping FILE] [--full] [--dry-run] [--json]',
  details: [
    'FILE               CSV, XLSX, or a Salesforce Data Export ZIP (each CSV inside routed to its object)',
    WORKSPACE_HELP,
    '--profile P        which CRM the files come from (default: detected from each header)',
    '--object NAME      refuse a file that does not read as this object (accounts, contacts, ...)',
    '--mapping FILE     a JSON mapping (see README) instead of the detected profile',
    '--full             the files are a full export: records missing from them are flagged (never deleted)',
    '--dry-run          preview the counts and errors; write nothing',
    '--json             the summaries as JSON',
  ],
  options: {
    ...workspaceOption,
    ...jsonOption,
    profile: { type: 'string' },
    object: { type: 'string' },
    mapping: { type: 'string' },
    full: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
  },
  maxPositionals: 64,
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('import needs at least one FILE; run `csm help import`');
    const dbPath = resolveWorkspace(values.workspace, io);
    const profile: ProfileChoice = parseChoice('--profile', values.profile ?? 'auto', PROFILES);
    if (values.object !== undefined && !isObjectName(values.object)) {
      throw new UsageError(`--object must be one of the workbench objects (see \`csm fields\`), not "${values.object}"`);
    }
    const mapping = values.mapping ? await loadMappingFile(path.resolve(io.cwd, values.mapping)) : undefined;
    const files = positionals.map((file) => path.resolve(io.cwd, file));
    const tables = await tablesFromFiles(files, {
      profile,
      ...(mapping ? { mapping } : {}),
      ...(values.object !== undefined && isObjectName(values.object) ? { object: values.object } : {}),
    });
    const dryRun = values['dry-run'] ?? false;
    const clock = () => new Date();
    // In a worker thread with a bounded heap: a million-row file imports in flat memory.
    const result = await runImportInWorker(dbPath, tables, { full: values.full ?? false, dryRun, clock });
    const summaries = result.tables;
    if (values.json) io.stdout(JSON.stringify({ dryRun, imports: summaries }, null, 2) + '\n');
    else for (const summary of summaries) writeSummary(io, summary, dryRun);
    const landed = summaries.some((s) => s.new + s.updated + s.unchanged + s.conflicts > 0);
    // The accounts the import touched are rescored (the whole book after a first import).
    if (!dryRun && !result.cancelled && summaries.some((s) => s.batchId !== null)) {
      await withWorkspace(dbPath, async (workspace) => rescoreAfterImport(workspace, summaries.map((s) => s.batchId), clock()));
    }
    return landed ? EXIT_OK : EXIT_FAILURE;
  },
});

function writeSummary(io: CliIo, summary: TableImportSummary, dryRun: boolean): void {
  const verb = dryRun ? 'would import' : summary.batchId === null ? 'imported' : `imported as batch ${summary.batchId}`;
  const lines = [
    `${summary.file}: ${summary.object} ${verb}: ${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.conflicts} conflicts, ${summary.invalid} invalid, ${summary.missing} missing from the source`,
    ...summary.decisions.map((decision) => `  decided: ${decision}`),
    ...summary.errors.slice(0, ERRORS_SHOWN).map((e) => `  invalid: ${e.file}, line ${e.row}${e.column ? `, column "${e.column}"` : ''}: ${e.reason}`),
    ...(summary.errors.length > ERRORS_SHOWN ? [`  … and ${summary.errors.length - ERRORS_SHOWN} more (use --json for all)`] : []),
  ];
  io.stdout(lines.join('\n') + '\n');
}
