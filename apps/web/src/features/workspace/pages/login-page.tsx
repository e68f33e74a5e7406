import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { PageLoader } from '../../../components/query-state';
import { useErrorMessage } from '../../../lib/errors';
import { login } from '../api';
import { AuthCard } from '../components/auth-layout';
import { useMeQuery, useSetupStatus, useSignedIn } from '../hooks/use-session';
import { useValidators } from '../hooks/use-validators';

/** Where to go after signing in: back to the page that sent us here, if it was inside the app. */
export function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    if (state.from.startsWith('/') && !state.from.startsWith('//')) return state.from;
  }
  return '/';
}

export function LoginPage() {
  const me = useMeQuery();
  const setup = useSetupStatus();
  const location = useLocation();
  if (me.isPending || setup.isPending) return <PageLoader />;
  if (me.data) return <Navigate to={returnPath(location.state)} replace />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  return <LoginForm />;
}

function LoginForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const v = useValidators();
  const signedIn = useSignedIn();
  const errorMessage = useErrorMessage();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: v.email, password: (p: string) => (p ? null : t('validation.required')) },
  });
  const run = useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      signedIn(me);
      void navigate(returnPath(location.state), { replace: true });
    },
  });

  return (
    <AuthCard title={t('auth.login.title')} intro={t('auth.login.intro')}>
      <form onSubmit={form.onSubmit((values) => run.mutate(values))} noValidate>
        <Stack gap="md">
          {run.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(run.error)}
            </Alert>
          )}
          <TextInput label={t('auth.email')} type="email" required autoComplete="email" autoFocus {...form.getInputProps('email')} />
          <PasswordField label={t('auth.password')} required autoComplete="current-password" {...form.getInputProps('password')} />
          <Group justify="flex-end">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.login.forgot')}
            </Anchor>
          </Group>
          <Button type="submit" size="md" loading={run.isPending} fullWidth>
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
