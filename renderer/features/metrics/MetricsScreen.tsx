// Scaffolding: the Metrics dashboard (issue 4) replaces this.
export function MetricsScreen() {
  return <div className="screen empty-state"><h2>Metrics</h2></div>;
}
