import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../../lib/errors';
import { requestPasswordReset } from '../api';
import { AuthCard } from '../components/auth-layout';
import { useValidators } from '../hooks/use-validators';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const v = useValidators();
  const errorMessage = useErrorMessage();
  const form = useForm({ initialValues: { email: '' }, validate: { email: v.email } });
  const run = useMutation({ mutationFn: (email: string) => requestPasswordReset(email) });

  return (
    <AuthCard title={t('auth.forgot.title')} intro={run.isSuccess ? undefined : t('auth.forgot.intro')}>
      <Stack gap="md">
        {run.isSuccess ? (
          // The same answer whether or not the account exists, so emails cannot be probed.
          <Alert color="teal" variant="light" icon={<IconMailCheck size={20} aria-hidden />} role="status">
            {t('auth.forgot.sent')}
          </Alert>
        ) : (
          <form onSubmit={form.onSubmit((values) => run.mutate(values.email))} noValidate>
            <Stack gap="md">
              {run.isError && (
                <Alert color="red" variant="light" role="alert">
                  {errorMessage(run.error)}
                </Alert>
              )}
              <TextInput label={t('auth.email')} type="email" required autoComplete="email" autoFocus {...form.getInputProps('email')} />
              <Button type="submit" size="md" loading={run.isPending} fullWidth>
                {t('auth.forgot.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component={Link} to="/login" size="sm" ta="center">
          {t('auth.forgot.backToLogin')}
        </Anchor>
      </Stack>
    </AuthCard>
  );
}
