import type { CustomValue } from '../../../../shared/api/dto';
import type { FieldSpec } from '../../../../shared/domain/import/fields';
import { normalizeSalesforceId, parseBoolean, parseDate, parseNumber, type ParseResult } from '../../../../shared/domain/import/values';
import { translateValue, type PlannedColumn } from './columnPlan';

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });

/** A mapped cell as its field's type; empty is null. The reason of a failure names the value. */
export function convertCell(column: PlannedColumn & { field: FieldSpec }, raw: string): ParseResult<CustomValue> {
  const text = translateValue(column, raw).trim();
  if (text === '') return ok(null);
  const field = column.field;
  switch (field.type) {
    case 'text':
      return ok(text);
    case 'number':
    case 'money':
      return parseNumber(text, column.decimal ? { decimal: column.decimal } : {});
    case 'date': {
      const result = parseDate(text, column.dateOrder ?? 'YMD');
      // A date field keeps the day only; a time in the cell (Salesforce writes one) is dropped.
      return result.ok && result.value !== null ? ok(result.value.slice(0, 10)) : explainDate(result, text, column);
    }
    case 'datetime':
      return explainDate(parseDate(text, column.dateOrder ?? 'YMD'), text, column);
    case 'boolean':
      return parseBoolean(text);
    case 'enum':
      return matchEnum(text, field);
    case 'id':
      return ok(column.salesforceIds ? (normalizeSalesforceId(text) ?? text) : text);
  }
}

/** `"13/45/2024" is not a date (DMY): month 45 does not exist (read as day/month/year)`. */
function explainDate(result: ParseResult<string | null>, text: string, column: PlannedColumn): ParseResult<string | null> {
  if (result.ok) return result;
  const prefix = `"${text}": `;
  const detail = result.reason.startsWith(prefix) ? result.reason.slice(prefix.length) : result.reason;
  return { ok: false, reason: `"${text}" is not a date (${column.dateOrder ?? 'YMD'}): ${detail}` };
}

/** "Mid Touch", "MID-TOUCH" and "mid_touch" are all mid-touch: case, spaces, - and _ do not matter. */
const enumKey = (text: string): string => text.trim().toLowerCase().replace(/[\s_-]+/g, '_');

function matchEnum(text: string, field: FieldSpec): ParseResult<string> {
  const allowed = field.values ?? [];
  const found = allowed.find((value) => enumKey(value) === enumKey(text));
  if (found !== undefined) return ok(found);
  return { ok: false, reason: `"${text}" is not a ${field.name} value (allowed: ${allowed.join(', ')}; map others with "values" in the mapping)` };
}
