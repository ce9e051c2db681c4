import type { Band } from '../../../shared/domain/health';
import { removeBand, replaceAt, splitTopBand } from './draft';
import { NumberInput } from './NumberInput';
import { FieldProblems } from './FieldProblems';

interface Props {
  bands: Band[];
  problems: string[];
  onChange: (bands: Band[]) => void;
}

/** The score ranges, lowest first: each a label and whole-number bounds covering 0–100 together. */
export function BandsEditor({ bands, problems, onChange }: Props) {
  return (
    <section className="editor-section" aria-label="Bands">
      <h4>Bands</h4>
      <ol className="bands">
        {bands.map((band, index) => (
          <li key={band.id} className={`band-row band-${band.id}`}>
            <span className="band-swatch" aria-hidden="true" />
            <input aria-label={`Label of band ${index + 1}`} value={band.label} onChange={(e) => onChange(replaceAt(bands, index, { ...band, label: e.target.value }))} />
            <NumberInput label={`${band.label || `Band ${index + 1}`} from`} value={band.min} onChange={(min) => onChange(replaceAt(bands, index, { ...band, min }))} />
            <span aria-hidden="true">–</span>
            <NumberInput label={`${band.label || `Band ${index + 1}`} to`} value={band.max} onChange={(max) => onChange(replaceAt(bands, index, { ...band, max }))} />
            {bands.length > 1 && (
              <button type="button" className="link-button danger" aria-label={`Remove band ${band.label}`} onClick={() => onChange(removeBand(bands, index))}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="link-button" onClick={() => onChange(splitTopBand(bands))}>
        Split the top band
      </button>
      <FieldProblems messages={problems} />
    </section>
  );
}
