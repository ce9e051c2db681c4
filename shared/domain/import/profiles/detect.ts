import { fileNameKeys, cleanHeader } from './headerKeys';
import { mapColumns } from './mapColumns';
import { GENERIC } from './generic';
import { HUBSPOT } from './hubspot';
import { SALESFORCE } from './salesforce';
import { SALESFORCE_REPORT } from './salesforceReport';
import type { CrmProfileSpec, ProfileDetection, SourceObjectSpec } from './types';

/** In this order; on an equal score the earlier (more specific) profile wins. */
export const PROFILES: readonly CrmProfileSpec[] = [SALESFORCE, SALESFORCE_REPORT, HUBSPOT, GENERIC];

/** Each header only this CRM writes adds this much, up to three of them. */
const DISTINCTIVE_BONUS = 0.1;
/** Below this share of its markers an object is not claimed. */
const MIN_OBJECT_SCORE = 0.25;
/** A file name naming the object breaks ties between objects whose markers are present. */
const FILE_NAME_BONUS = 0.2;

interface Scored<T> {
  item: T;
  score: number;
}

/**
 * Which CRM wrote a header line, what it holds, and where each column goes. Pure: a header
 * array in, a proposal out; the import screen shows it and the user may change any of it.
 */
export function detectProfile(header: readonly string[], fileName?: string): ProfileDetection {
  const headers = header.map(cleanHeader).filter((h) => h !== '');
  const profile = best(PROFILES.map((spec) => ({ item: spec, score: profileScore(spec, headers) })));
  const spec = profile && profile.score > 0 ? profile.item : GENERIC;
  const familyShare = profile && profile.score > 0 ? Math.min(1, recognisedShare(spec, headers)) : 0;
  const names = fileNameKeys(fileName);
  const found = best(spec.objects.map((objectSpec) => ({ item: objectSpec, score: objectScore(spec, objectSpec, headers, names) })));
  const objectSpec = found && found.score >= MIN_OBJECT_SCORE ? found.item : null;
  const objectShare = objectSpec && found ? Math.min(1, found.score) : 0;
  return {
    profile: spec.profile,
    object: objectSpec?.object ?? null,
    sourceObject: objectSpec ? describeSource(spec, objectSpec) : customObjectName(spec, fileName),
    confidence: Math.round((familyShare * 0.5 + objectShare * 0.5) * 100) / 100,
    columns: mapColumns(spec, objectSpec, header),
  };
}

function best<T>(candidates: Scored<T>[]): Scored<T> | undefined {
  let winner: Scored<T> | undefined;
  for (const candidate of candidates) if (!winner || candidate.score > winner.score) winner = candidate;
  return winner;
}

function vocabulary(spec: CrmProfileSpec): Set<string> {
  const words = [...spec.knownHeaders, ...spec.distinctive];
  for (const objectSpec of spec.objects) words.push(...objectSpec.markers, ...objectSpec.fields.map(([h]) => h));
  return new Set(words.map((word) => spec.key(word)));
}

const VOCABULARIES = new Map<CrmProfileSpec, Set<string>>(PROFILES.map((spec) => [spec, vocabulary(spec)]));

function recognisedShare(spec: CrmProfileSpec, headers: readonly string[]): number {
  if (headers.length === 0) return 0;
  const words = VOCABULARIES.get(spec) ?? vocabulary(spec);
  const recognised = headers.filter((h) => words.has(spec.key(h)) || spec.looksLike?.(h) === true).length;
  return recognised / headers.length;
}

function profileScore(spec: CrmProfileSpec, headers: readonly string[]): number {
  const keys = new Set(headers.map((h) => spec.key(h)));
  const distinctive = new Set(spec.distinctive.map((h) => spec.key(h)).filter((key) => keys.has(key))).size;
  return recognisedShare(spec, headers) + DISTINCTIVE_BONUS * Math.min(distinctive, 3);
}

function objectScore(spec: CrmProfileSpec, objectSpec: SourceObjectSpec, headers: readonly string[], names: readonly string[]): number {
  if (objectSpec.markers.length === 0) return 0;
  const keys = new Set(headers.map((h) => spec.key(h)));
  const present = objectSpec.markers.filter((marker) => keys.has(spec.key(marker))).length;
  const share = present / objectSpec.markers.length;
  const named = objectSpec.fileNames.some((name) => names.includes(name.toLowerCase()));
  return share + (share > 0 && named ? FILE_NAME_BONUS : 0);
}

const CRM_NAMES: Record<CrmProfileSpec['profile'], string> = {
  salesforce: 'Salesforce ',
  'salesforce-report': 'Salesforce ',
  hubspot: 'HubSpot ',
  generic: '',
};

function describeSource(spec: CrmProfileSpec, objectSpec: SourceObjectSpec): string {
  return CRM_NAMES[spec.profile] + objectSpec.sourceObject;
}

/** A Salesforce custom object's export (Branch__c.csv) is named by its file, and imports into nothing. */
function customObjectName(spec: CrmProfileSpec, fileName: string | undefined): string | null {
  const whole = fileNameKeys(fileName)[0];
  if (spec.profile !== 'salesforce' || whole === undefined || !whole.endsWith('__c')) return null;
  const base = (fileName ?? '').split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? whole;
  return `Salesforce custom object ${base}`;
}
