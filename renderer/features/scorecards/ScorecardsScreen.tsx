// Scaffolding: the scorecard editor (issue 4) replaces this.
export function ScorecardsScreen() {
  return <div className="screen empty-state"><h2>Health scorecards</h2></div>;
}
