import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** What the chart counts and how to drill, in a line. */
  note: string;
  testId: string;
  children: ReactNode;
}

/** A titled panel around one chart, with a line saying what it shows and that it drills down. */
export function ChartPanel({ title, note, testId, children }: Props) {
  return (
    <section className="panel metrics-chart" data-testid={testId} aria-label={title}>
      <h3>{title}</h3>
      <p className="muted small metrics-note">{note}</p>
      {children}
    </section>
  );
}
