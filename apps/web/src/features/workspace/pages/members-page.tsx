import { canManageMembers } from '@footprint/core';
import { Button, Stack } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { InvitationsList } from '../components/invitations-list';
import { InviteModal } from '../components/invite-modal';
import { MembersTable } from '../components/members-table';
import { useSession } from '../hooks/use-session';

export function MembersPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const canManage = canManageMembers(actor);
  // `?invite=1` (from the getting-started list) opens the invite dialog directly.
  const [params, setParams] = useSearchParams();
  const inviting = canManage && params.get('invite') === '1';
  const setInviting = (open: boolean) =>
    setParams(
      (p) => {
        if (open) p.set('invite', '1');
        else p.delete('invite');
        return p;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={t('settings.members.title')}
        description={t('settings.members.intro')}
        actions={
          canManage && (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
              {t('settings.members.inviteButton')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <MembersTable />
        {canManage && <InvitationsList />}
      </Stack>
      {canManage && <InviteModal opened={inviting} onClose={() => setInviting(false)} />}
    </>
  );
}
