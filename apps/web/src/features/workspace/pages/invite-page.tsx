import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconMail } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoader, QueryError } from '../../../components/query-state';
import { isApiError } from '../../../lib/api';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import { acceptInvitation, getInvitationPreview, type InvitationPreview } from '../api';
import { AuthCard } from '../components/auth-layout';
import { qk } from '../query-keys';
import { useMeQuery, useSignedIn } from '../hooks/use-session';
import { useSignOut } from '../hooks/use-sign-out';
import { useValidators } from '../hooks/use-validators';

export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const preview = useQuery({ queryKey: qk.invitationPreview(token), queryFn: () => getInvitationPreview(token), retry: false });
  const me = useMeQuery();
  const errorMessage = useErrorMessage();
  if (preview.isPending || me.isPending) return <PageLoader />;
  if (preview.isError) {
    return (
      <AuthCard title={t('auth.invite.title')}>
        <Stack gap="md">
          {isApiError(preview.error) && preview.error.code === 'invitation_invalid' ? (
            <Alert color="orange" variant="light" role="alert">
              {errorMessage(preview.error)}
            </Alert>
          ) : (
            <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
          )}
          <Anchor component={Link} to="/login" size="sm">
            {t('auth.forgot.backToLogin')}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }
  return <InviteForm token={token} invitation={preview.data} signedInEmail={me.data?.user.email ?? null} />;
}

function InviteForm({ token, invitation, signedInEmail }: { token: string; invitation: InvitationPreview; signedInEmail: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const v = useValidators();
  const signedIn = useSignedIn();
  const signOut = useSignOut();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const sameAccount = signedInEmail !== null && signedInEmail.toLowerCase() === invitation.email.toLowerCase();
  const needName = signedInEmail === null && !invitation.existingUser;
  const needPassword = signedInEmail === null;
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: {
      name: (s: string) => (needName ? v.required(120)(s) : null),
      password: (p: string) => (!needPassword ? null : invitation.existingUser ? (p ? null : t('validation.required')) : v.password(p)),
    },
  });
  const run = useMutation({
    mutationFn: (values: { name: string; password: string }) =>
      acceptInvitation(token, {
        ...(needName ? { name: values.name } : {}),
        ...(needPassword ? { password: values.password } : {}),
      }),
    onSuccess: (me) => {
      signedIn(me);
      notifications.show({ color: 'teal', message: t('auth.invite.joined', { workspace: invitation.workspaceName }) });
      void navigate('/', { replace: true });
    },
    onError: (err) => applyFieldErrors(err, ['name', 'password'], form.setFieldError),
  });
  const role = t(`roles.${invitation.role}`);
  const summary = invitation.invitedBy
    ? t('auth.invite.summary', { inviter: invitation.invitedBy, workspace: invitation.workspaceName, role })
    : t('auth.invite.summaryNoInviter', { workspace: invitation.workspaceName, role });

  return (
    <AuthCard title={t('auth.invite.title')} intro={summary}>
      <Stack gap="md">
        <Alert color="gray" variant="light" icon={<IconMail size={18} aria-hidden />}>
          {t('auth.invite.forEmail', { email: invitation.email })}
        </Alert>
        {signedInEmail !== null && !sameAccount ? (
          <>
            <Alert color="orange" variant="light" role="alert">
              {t('auth.invite.wrongAccount', { current: signedInEmail, email: invitation.email })}
            </Alert>
            <Button variant="default" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              {t('shell.signOut')}
            </Button>
          </>
        ) : (
          <form onSubmit={form.onSubmit((values) => run.mutate(values))} noValidate>
            <Stack gap="md">
              {run.isError && (
                <Alert color="red" variant="light" role="alert">
                  {errorMessage(run.error)}
                </Alert>
              )}
              {sameAccount && <Text size="sm">{t('auth.invite.signedInAs', { email: signedInEmail })}</Text>}
              {!sameAccount && (
                <Text size="sm">{invitation.existingUser ? t('auth.invite.existingUser') : t('auth.invite.newUser')}</Text>
              )}
              {needName && <TextInput label={t('auth.name')} required autoComplete="name" autoFocus {...form.getInputProps('name')} />}
              {needPassword && (
                <PasswordField
                  label={t('auth.password')}
                  description={invitation.existingUser ? undefined : t('auth.passwordHint')}
                  required
                  autoComplete={invitation.existingUser ? 'current-password' : 'new-password'}
                  autoFocus={!needName}
                  {...form.getInputProps('password')}
                />
              )}
              {needPassword && invitation.existingUser && (
                <Anchor component={Link} to="/forgot-password" size="sm">
                  {t('auth.login.forgot')}
                </Anchor>
              )}
              <Button type="submit" size="md" loading={run.isPending} fullWidth>
                {t('auth.invite.accept')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </AuthCard>
  );
}
