import { FIELDS, isObjectName, OBJECT_NAMES, type FieldSpec, type ObjectName } from '../../../../shared/domain/import/fields';
import { jsonOption } from '../args';
import { defineCommand } from '../command';
import { EXIT_OK, UsageError } from '../errors';
import { formatTable, type Column } from '../table';

const TABLE_COLUMNS: Column<FieldSpec>[] = [
  { header: 'FIELD', value: (f) => f.name },
  { header: 'TYPE', value: (f) => (f.values ? `enum: ${f.values.join(' | ')}` : f.type) },
  { header: 'MEANING', value: (f) => f.description },
];

function selectObjects(positional: string | undefined): readonly ObjectName[] {
  if (positional === undefined) return OBJECT_NAMES;
  if (isObjectName(positional)) return [positional];
  throw new UsageError(`unknown object "${positional}"; choose one of ${OBJECT_NAMES.join(', ')}`);
}

export const fieldsCommand = defineCommand({
  name: 'fields',
  summary: 'List the workbench field names that import mappings use, per object.',
  usage: 'fields [OBJECT] [--json]',
  details: [
    `OBJECT             only this object: ${OBJECT_NAMES.join(', ')}`,
    '--json             an object of field lists keyed by object name',
  ],
  options: { ...jsonOption },
  maxPositionals: 1,
  async run({ values, positionals }, io) {
    const objects = selectObjects(positionals[0]);
    if (values.json) {
      const catalogue = Object.fromEntries(objects.map((object) => [object, FIELDS[object]]));
      io.stdout(JSON.stringify(catalogue, null, 2) + '\n');
      return EXIT_OK;
    }
    const sections = objects.map((object) => `${object}\n${formatTable(FIELDS[object], TABLE_COLUMNS)}`);
    io.stdout(sections.join('\n'));
    return EXIT_OK;
  },
});
