import type { CustomFields } from '../../../../shared/api/dto';

/** custom_fields columns hold a JSON object; a damaged value reads as empty rather than crashing a screen. */
export function parseCustomFields(text: string | null | undefined): CustomFields {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as CustomFields) : {};
  } catch {
    return {};
  }
}
