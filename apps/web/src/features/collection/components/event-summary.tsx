import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconSpeakerphone, IconWorld } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useValueFormat } from '../hooks/use-value-format';
import { isRecord, summarize, text, truncate } from '../lib/values';
import type { TrackedEvent } from '../schemas';

/** Page fields repeat in the properties of page events; the context line shows them once. */
const PAGE_KEYS = ['url', 'path', 'referrer', 'title', 'search'] as const;

function pageOf(e: TrackedEvent) {
  const page = isRecord(e.context.page) ? e.context.page : {};
  const campaign = isRecord(e.context.campaign) ? e.context.campaign : {};
  const name = text(campaign.name);
  const via = [text(campaign.source), text(campaign.medium)].filter(Boolean).join(' / ');
  return {
    url: text(page.url) ?? text(e.properties.url),
    referrer: text(page.referrer) ?? text(e.properties.referrer),
    title: text(page.title) ?? text(e.properties.title),
    campaign: name || via ? [name, via && `(${via})`].filter(Boolean).join(' ') : null,
  };
}

const isWebUrl = (s: string) => /^https?:\/\//i.test(s);

function UrlText({ url }: { url: string }) {
  const shown = truncate(url.replace(/^https?:\/\//i, ''), 70);
  return isWebUrl(url) ? (
    <Anchor href={url} target="_blank" rel="noopener noreferrer nofollow" size="xs" title={url} style={{ overflowWrap: 'anywhere' }}>
      {shown}
    </Anchor>
  ) : (
    <Text span size="xs" style={{ overflowWrap: 'anywhere' }}>
      {shown}
    </Text>
  );
}

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
      <Text span c="dimmed" lh={1} mt={2} aria-hidden>
        {icon}
      </Text>
      <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}:
      </Text>
      {children}
    </Group>
  );
}

/**
 * One readable line of what an event carried (its first properties, or traits for identify),
 * then the page it happened on, where the visitor came from and the campaign, when known.
 */
export function EventSummary({ event }: { event: TrackedEvent }) {
  const { t } = useTranslation();
  const f = useValueFormat();
  const page = pageOf(event);
  const bag = (event.type === 'identify' || event.type === 'group') && event.traits ? event.traits : event.properties;
  const summary = summarize(bag, f, event.type === 'page' || event.type === 'screen' ? PAGE_KEYS : []);
  const pageTitle = event.type === 'page' && !event.event ? page.title : null;
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      {pageTitle && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {pageTitle}
        </Text>
      )}
      {summary.text && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {summary.text}
          {summary.more > 0 && ` · ${t('collection.summary.more', { formatted: summary.more })}`}
        </Text>
      )}
      {(page.url || page.referrer || page.campaign) && (
        <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
          {page.url && (
            <Fact icon={<IconWorld size={12} />} label={t('collection.summary.page')}>
              <UrlText url={page.url} />
            </Fact>
          )}
          {page.referrer && (
            <Fact icon={<IconArrowBackUp size={12} />} label={t('collection.summary.referrer')}>
              <UrlText url={page.referrer} />
            </Fact>
          )}
          {page.campaign && (
            <Fact icon={<IconSpeakerphone size={12} />} label={t('collection.summary.campaign')}>
              <Text span size="xs" style={{ overflowWrap: 'anywhere' }}>
                {page.campaign}
              </Text>
            </Fact>
          )}
        </Group>
      )}
    </Stack>
  );
}
