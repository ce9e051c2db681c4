import { bandTone } from './healthModel';
import './health.css';

/** A health band as a coloured chip (the default bands have colours; any other band is neutral). */
export function BandChip({ band, label }: { band: string | null | undefined; label: string }) {
  return <span className={`chip band-chip band-${bandTone(band)}`}>{label}</span>;
}
