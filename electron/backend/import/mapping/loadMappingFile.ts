import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../../shared/api/errors';
import { mappingSpecSchema, toMappingSpec, type MappingSpec } from './spec';

/** A mapping file that cannot be used; one line naming the file and, where it applies, the JSON path. */
export class MappingFileError extends AppError {
  constructor(fileName: string, problem: string, jsonPath?: string) {
    super('BAD_INPUT', `${fileName}: ${jsonPath ? `${jsonPath}: ` : ''}${problem}`, { fileName, ...(jsonPath ? { jsonPath } : {}) });
    this.name = 'MappingFileError';
  }
}

/** Reads and checks a JSON mapping file (issue 3). Throws MappingFileError on the first mistake. */
export async function loadMappingFile(filePath: string, displayName = path.basename(filePath)): Promise<MappingSpec> {
  let text: string;
  try {
    text = await fs.promises.readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MappingFileError(displayName, code === 'ENOENT' ? 'mapping file not found' : `cannot read the mapping file (${(error as Error).message})`);
  }
  return parseMappingText(text.replace(/^\uFEFF/, ''), displayName);
}

export function parseMappingText(text: string, displayName: string): MappingSpec {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MappingFileError(displayName, `not valid JSON (${(error as Error).message})`);
  }
  const result = mappingSpecSchema.safeParse(json);
  if (result.success) return toMappingSpec(result.data);
  const [first, ...rest] = result.error.issues;
  if (!first) throw new MappingFileError(displayName, 'not a valid mapping');
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'mistake' : 'mistakes'})` : '';
  throw new MappingFileError(displayName, describeIssue(first) + more, jsonPath(first.path));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${issue.path.length === 0 ? 'object, source, columns, dateOrder, encoding, delimiter' : 'field, values'})`;
  }
  return issue.message;
}

/** `$.columns["Monthly Fee"].values.Y`: identifiers dotted, anything else quoted. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
