export { parseBoolean } from './booleans';
export { detectDateOrder, type DateOrderDecision } from './dateOrder';
export { parseDate, type DateOrder } from './dates';
export { detectDecimalSeparator, parseNumber, type DecimalDecision, type DecimalSeparator, type NumberHint } from './numbers';
export type { ParseResult } from './result';
export { isSalesforceId, normalizeSalesforceId, salesforceIdSuffix } from './salesforceIds';
