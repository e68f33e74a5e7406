import type { Journey } from '@footprint/core';
import { Button, Switch, Tooltip } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { compareMapPath } from '../paths-live';
import { PrintActions } from '../print/print-actions';
import { useLiveView } from './use-live-view';

/**
 * The map page's live actions: the "Live layer" switch (kept in the URL as `live=1`), the compare
 * view when the map has a counterpart, and printing / the PDF.
 */
export function JourneyLiveActions({ journey }: { journey: Pick<Journey, 'id' | 'name' | 'kind' | 'currentState' | 'futureStates'> }) {
  const { t } = useTranslation();
  const { view, update } = useLiveView();
  const comparable = journey.kind === 'future' ? journey.currentState !== null : journey.futureStates.length > 0;
  return (
    <>
      <Tooltip label={t('journeyLive.toggleHint')} multiline w={260} withArrow>
        <Switch size="sm" label={t('journeyLive.toggle')} checked={view.on} onChange={(e) => update({ live: e.currentTarget.checked ? '1' : null })} data-print-hide />
      </Tooltip>
      {comparable && (
        <Button component={Link} to={compareMapPath(journey.id)} variant="default" size="xs" leftSection={<IconArrowsDiff size={14} aria-hidden />} data-print-hide>
          {journey.kind === 'future' ? t('journeyLive.compare.openCurrent') : t('journeyLive.compare.open')}
        </Button>
      )}
      <PrintActions mapId={journey.id} name={journey.name} live={view.on ? { from: view.from, to: view.to, personaId: view.personaId } : null} />
    </>
  );
}
