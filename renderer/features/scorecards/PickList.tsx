/** A checkbox per value; `picked` is the ticked ones, in the order they were ticked. */
export function PickList({ values, picked, onChange }: { values: readonly string[]; picked: readonly string[]; onChange: (picked: string[]) => void }) {
  return (
    <>
      {values.map((value) => (
        <label key={value} className="form-check">
          <input
            type="checkbox"
            checked={picked.includes(value)}
            onChange={(e) => onChange(e.target.checked ? [...picked, value] : picked.filter((other) => other !== value))}
          />
          {value}
        </label>
      ))}
    </>
  );
}
