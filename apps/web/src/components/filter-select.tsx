import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

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
      <Label className="field__label">{label}</Label>
      <Button className="select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      <Popover className="select__popover">
        <ListBox className="select__list" items={items}>
          {(item) => (
            <ListBoxItem className="select__option" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
