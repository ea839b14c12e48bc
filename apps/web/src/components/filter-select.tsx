import { Select } from 'react-aria-components';
import { SelectParts } from './form-fields';

export interface FilterOption {
  id: string;
  label: string;
}

interface FilterSelectProps {
  label: string;
  allLabel: string;
  options: FilterOption[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

const ALL = '__all__';

/** A single-choice filter with an "all" choice first. */
export function FilterSelect({ label, allLabel, options, value, onChange }: FilterSelectProps) {
  const items = [{ id: ALL, label: allLabel }, ...options];
  return (
    <Select
      className="field select"
      selectedKey={value ?? ALL}
      onSelectionChange={(key) => onChange(key === ALL || key === null ? undefined : String(key))}
    >
      <SelectParts label={label} options={items} />
    </Select>
  );
}
