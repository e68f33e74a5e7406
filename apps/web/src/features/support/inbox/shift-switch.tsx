import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/errors';
import { useSession } from '../../workspace';
import { useSetShift, useSupportMe } from '../cases/hooks';

/** An agent's own "on shift" switch: only agents on shift get new cases by round robin or load. */
export function ShiftSwitch() {
  const { t } = useTranslation();
  const { me } = useSession();
  const message = useErrorMessage();
  const supportMe = useSupportMe();
  const set = useSetShift();
  // Only people who belong to a support department have a shift.
  if (!supportMe.data?.departmentId) return null;
  const onShift = set.isPending && set.variables ? set.variables.onShift : supportMe.data.onShift;
  return (
    <Switch
      label={t('supportInbox.shift.label')}
      description={onShift ? t('supportInbox.shift.on') : t('supportInbox.shift.off')}
      checked={onShift}
      disabled={set.isPending}
      onChange={(e) =>
        set.mutate(
          { userId: me.user.id, onShift: e.currentTarget.checked },
          { onError: (err) => notifications.show({ color: 'red', message: message(err) }) },
        )
      }
    />
  );
}
