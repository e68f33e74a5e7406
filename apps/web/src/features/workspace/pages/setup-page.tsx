import { DEFAULT_TIME_ZONE } from '@footprint/core';
import { Alert, Anchor, Button, Input, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field';
import { Link, Navigate, useNavigate } from 'react-router';
import { PageLoader, QueryError } from '../../../components/query-state';
import { TimeZoneSelect } from '../../../components/time-zone-select';
import { isApiError } from '../../../lib/api';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import { setup } from '../api';
import { AuthCard } from '../components/auth-layout';
import { LanguageSwitch } from '../components/language-switch';
import { useLanguage } from '../hooks/use-language';
import { useSetupStatus, useSignedIn } from '../hooks/use-session';
import { useValidators } from '../hooks/use-validators';

export function SetupPage() {
  const { t } = useTranslation();
  const status = useSetupStatus();
  if (status.isPending) return <PageLoader />;
  if (status.isError) {
    return (
      <AuthCard title={t('auth.setup.title')}>
        <QueryError error={status.error} onRetry={() => void status.refetch()} />
      </AuthCard>
    );
  }
  if (!status.data.needsSetup) return <Navigate to="/login" replace />;
  return <SetupForm />;
}

function SetupForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const v = useValidators();
  const { language } = useLanguage();
  const signedIn = useSignedIn();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const form = useForm({
    initialValues: { workspaceName: '', name: '', email: '', password: '', timeZone: DEFAULT_TIME_ZONE },
    validate: { workspaceName: v.required(120), name: v.required(120), email: v.email, password: v.password },
  });
  const run = useMutation({
    mutationFn: (values: typeof form.values) => setup({ ...values, locale: language }),
    onSuccess: (me) => {
      signedIn(me);
      void navigate('/', { replace: true });
    },
    onError: (err) => applyFieldErrors(err, Object.keys(form.values), form.setFieldError),
  });
  const done = isApiError(run.error) && run.error.code === 'setup_done';

  return (
    <AuthCard title={t('auth.setup.title')} intro={t('auth.setup.intro')} withLanguageSwitch={false} width={520}>
      <form onSubmit={form.onSubmit((values) => run.mutate(values))} noValidate>
        <Stack gap="md">
          {run.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(run.error)}{' '}
              {done && (
                <Anchor component={Link} to="/login" size="sm">
                  {t('auth.login.submit')}
                </Anchor>
              )}
            </Alert>
          )}
          <TextInput
            label={t('auth.setup.workspaceName')}
            placeholder={t('auth.setup.workspacePlaceholder')}
            required
            autoFocus
            {...form.getInputProps('workspaceName')}
          />
          <TextInput label={t('auth.name')} required autoComplete="name" {...form.getInputProps('name')} />
          <TextInput label={t('auth.email')} type="email" required autoComplete="email" {...form.getInputProps('email')} />
          <PasswordField
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Input.Wrapper label={t('language.label')} labelElement="div">
            <div>
              <LanguageSwitch size="sm" mt={4} />
            </div>
          </Input.Wrapper>
          <TimeZoneSelect label={t('auth.setup.timeZone')} {...form.getInputProps('timeZone')} />
          <Button type="submit" size="md" mt="xs" loading={run.isPending} fullWidth>
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
