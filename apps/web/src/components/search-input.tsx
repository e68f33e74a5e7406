import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

interface Props {
  label: string;
  placeholder?: string;
  value: string;
  /** Called with the new text; lists usually go back to page 1 here. */
  onChange: (value: string) => void;
}

/** The search box of a list: labelled, with the search icon, taking the row's free width. */
export function SearchInput({ label, placeholder, value, onChange }: Props) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      type="search"
      style={{ flex: '1 1 260px' }}
    />
  );
}
