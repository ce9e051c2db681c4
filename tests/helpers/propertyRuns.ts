/** How often a property runs: its usual count, or CSM_PROPERTY_RUNS=N for a deeper search now and then. */
export function propertyRuns(usual: number): number {
  const asked = Number(process.env.CSM_PROPERTY_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : usual;
}
