import { Anchor, Code, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { customerPath } from '../paths';

/** An anonymous id shortened to 8 characters; the whole id in a tooltip and for screen readers. */
export function AnonymousId({ id }: { id: string }) {
  return (
    <Tooltip label={id} withArrow>
      <Code tabIndex={0} style={{ whiteSpace: 'nowrap' }}>
        <span aria-hidden>{id.length > 8 ? `${id.slice(0, 8)}…` : id}</span>
        <VisuallyHidden>{id}</VisuallyHidden>
      </Code>
    </Tooltip>
  );
}

interface Props {
  userId: string | null;
  anonymousId: string | null;
  /** The person's name when the event says it (identify traits). */
  name?: string | null;
}

/** Who sent an event: the customer (linked to the profile) or an anonymous visitor. */
export function Who({ userId, anonymousId, name }: Props) {
  const { t } = useTranslation();
  if (userId) {
    return (
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={customerPath(userId)} size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {name ?? userId}
        </Anchor>
        {name && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {userId}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('collection.anonymous')}
      </Text>
      {anonymousId && <AnonymousId id={anonymousId} />}
    </Group>
  );
}
