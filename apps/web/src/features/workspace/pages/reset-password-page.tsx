import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../lib/api';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import { confirmPasswordReset } from '../api';
import { AuthCard } from '../components/auth-layout';
import { useValidators } from '../hooks/use-validators';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const v = useValidators();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: v.password,
      confirm: (c: string, values) => (c === values.password ? null : t('validation.passwordMatch')),
    },
  });
  const run = useMutation({
    mutationFn: (password: string) => confirmPasswordReset(token, password),
    onError: (err) => applyFieldErrors(err, ['password'], form.setFieldError),
  });
  const tokenBad = isApiError(run.error) && run.error.code === 'token_invalid';

  return (
    <AuthCard title={t('auth.reset.title')} intro={run.isSuccess ? undefined : t('auth.reset.intro')}>
      {run.isSuccess ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} aria-hidden />} role="status">
            {t('auth.reset.done')}
          </Alert>
          <Button component={Link} to="/login" size="md" fullWidth>
            {t('auth.login.submit')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => run.mutate(values.password))} noValidate>
          <Stack gap="md">
            {run.isError && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(run.error)}
                {tokenBad && (
                  <Group mt="xs">
                    <Anchor component={Link} to="/forgot-password" size="sm">
                      {t('auth.reset.requestNew')}
                    </Anchor>
                  </Group>
                )}
              </Alert>
            )}
            <PasswordField
              label={t('auth.reset.newPassword')}
              description={t('auth.passwordHint')}
              required
              autoComplete="new-password"
              autoFocus
              {...form.getInputProps('password')}
            />
            <PasswordField label={t('auth.reset.confirm')} required autoComplete="new-password" {...form.getInputProps('confirm')} />
            <Button type="submit" size="md" loading={run.isPending} fullWidth>
              {t('auth.reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
