import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';

function offsetOf(tz: string): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'shortOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}

let cache: { value: string; label: string }[] | null = null;

function timeZones(): { value: string; label: string }[] {
  if (!cache) {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Ho_Chi_Minh', 'UTC'];
    cache = zones.map((z) => ({ value: z, label: `${z.replaceAll('_', ' ')} (${offsetOf(z)})` }));
  }
  return cache;
}

/** Every IANA zone the browser knows, searchable, with its current UTC offset. */
export function TimeZoneSelect({ value, ...props }: Omit<SelectProps, 'data' | 'value'> & { value?: string }) {
  const data = useMemo(() => {
    const all = timeZones();
    // Some browsers leave out zones such as "UTC": keep the saved value selectable.
    return value && !all.some((z) => z.value === value) ? [{ value, label: value }, ...all] : all;
  }, [value]);
  return <Select searchable allowDeselect={false} maxDropdownHeight={280} nothingFoundMessage="—" data={data} value={value ?? null} {...props} />;
}
