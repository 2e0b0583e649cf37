/** One on/off setting: a labelled checkbox, the label being the whole sentence. */
export function SettingCheckbox({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <p>
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} /> {label}
      </label>
    </p>
  );
}
