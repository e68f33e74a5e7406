import { canAssignRole } from '@footprint/core';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../../components/copy-field';
import { isApiError } from '../../../lib/api';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import type { InvitationCreated, InviteRole } from '../api';
import { departmentName } from '../department-name';
import { useDepartments } from '../hooks/use-departments';
import { useFormat } from '../hooks/use-format';
import { useCreateInvitation } from '../hooks/use-members';
import { useSession } from '../hooks/use-session';
import { useValidators } from '../hooks/use-validators';

const INVITE_ROLES: readonly InviteRole[] = ['admin', 'analyst', 'agent', 'viewer'];
const NONE = 'none';

export function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<InvitationCreated | null>(null);
  return (
    // The result is cleared only once the dialog has faded out, so it does not flash the form.
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={() => setSent(null)} title={t('settings.invite.title')} centered size="lg">
      {sent ? <InviteSent invitation={sent} onAnother={() => setSent(null)} onDone={onClose} /> : <InviteForm onSent={setSent} onCancel={onClose} />}
    </Modal>
  );
}

function InviteForm({ onSent, onCancel }: { onSent: (i: InvitationCreated) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const fmt = useFormat();
  const v = useValidators();
  const departments = useDepartments();
  const create = useCreateInvitation();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  // Least privilege by default; the inviter raises it on purpose.
  const form = useForm<{ email: string; role: InviteRole; departmentId: string }>({
    initialValues: { email: '', role: 'viewer', departmentId: NONE },
    validate: { email: v.email },
  });
  const roles = INVITE_ROLES.filter((r) => canAssignRole(actor, null, r));
  const submit = form.onSubmit((values) =>
    create.mutate(
      { email: values.email.trim(), role: values.role, departmentId: values.departmentId === NONE ? null : values.departmentId },
      {
        onSuccess: onSent,
        onError: (err) => {
          if (isApiError(err) && err.code === 'already_member') form.setFieldError('email', errorMessage(err));
          else applyFieldErrors(err, ['email', 'role', 'departmentId'], form.setFieldError);
        },
      },
    ),
  );
  const fieldError = isApiError(create.error) && (create.error.code === 'already_member' || create.error.code === 'validation_failed');

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.isError && !fieldError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <TextInput label={t('settings.invite.email')} type="email" required data-autofocus autoComplete="off" {...form.getInputProps('email')} />
        <Select
          label={t('settings.invite.role')}
          allowDeselect={false}
          data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          description={t(`roleHints.${form.values.role}`)}
          {...form.getInputProps('role')}
          onChange={(value) => {
            const r = INVITE_ROLES.find((x) => x === value);
            if (r) form.setFieldValue('role', r);
          }}
        />
        <Select
          label={t('settings.invite.department')}
          allowDeselect={false}
          disabled={departments.isPending}
          error={departments.isError ? errorMessage(departments.error) : undefined}
          data={[
            { value: NONE, label: t('settings.members.noDepartment') },
            ...(departments.data ?? []).map((d) => ({ value: d.id, label: departmentName(d, fmt.locale) })),
          ]}
          {...form.getInputProps('departmentId')}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('settings.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function InviteSent({ invitation, onAnother, onDone }: { invitation: InvitationCreated; onAnother: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} aria-hidden />} title={t('settings.invite.sent')} role="status">
        <Text size="sm">
          {invitation.emailQueued
            ? t('settings.invite.emailQueued', { email: invitation.email })
            : t('settings.invite.emailNotQueued', { email: invitation.email })}
        </Text>
      </Alert>
      <CopyField label={t('settings.invite.link')} value={invitation.acceptUrl} href={invitation.acceptUrl} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onAnother}>
          {t('settings.invite.another')}
        </Button>
        <Button onClick={onDone} data-autofocus>
          {t('common.done')}
        </Button>
      </Group>
    </Stack>
  );
}
