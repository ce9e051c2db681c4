import { AppError } from '../../../../shared/api/errors';

/** Where in the file a problem is, when it is anywhere in particular. */
export interface ReadErrorPlace {
  line?: number;
  column?: number;
  columnName?: string;
}

/**
 * A file that cannot be read as a table. The message is one line that names the file and,
 * where it applies, the line and column, so the CLI and the UI can show it as it is.
 */
export class ImportReadError extends AppError {
  readonly fileName: string;
  readonly problem: string;
  readonly place: ReadErrorPlace;

  constructor(fileName: string, problem: string, place: ReadErrorPlace = {}) {
    super('BAD_INPUT', `${fileName}: ${describePlace(place)}${problem}`, { fileName, ...place });
    this.name = 'ImportReadError';
    this.fileName = fileName;
    this.problem = problem;
    this.place = place;
  }
}

function describePlace({ line, column, columnName }: ReadErrorPlace): string {
  const parts: string[] = [];
  if (line !== undefined) parts.push(`line ${line}`);
  if (column !== undefined) parts.push(`column ${column}${columnName ? ` ("${columnName}")` : ''}`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}
