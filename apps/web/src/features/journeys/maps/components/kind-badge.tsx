import type { JourneyKind } from '@footprint/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR: Record<JourneyKind, string> = { current: 'blue', future: 'teal', day_in_life: 'grape', blueprint: 'orange' };

export function KindBadge({ kind }: { kind: JourneyKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOR[kind]} tt="none" style={{ whiteSpace: 'nowrap' }}>
      {t(`journeyMaps.kinds.${kind}`)}
    </Badge>
  );
}
