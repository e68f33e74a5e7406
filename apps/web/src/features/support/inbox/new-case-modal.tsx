import { CASE_CHANNELS, CASE_PRIORITIES, type CaseChannel, type CasePriority } from '@footprint/core';
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../../lib/errors';
import { departmentName, useDepartments, useFormat } from '../../workspace';
import { useCreateCase, useCustomerSearch, useTouchpointRefs } from '../cases/hooks';
import { casePagePath } from '../paths';

const isPriority = (v: string | null): v is CasePriority => CASE_PRIORITIES.some((p) => p === v);
const isChannel = (v: string | null): v is CaseChannel => CASE_CHANNELS.some((c) => c === v);

/** "Tạo yêu cầu": a case opened by hand, e.g. from a phone call; routing picks the department when none is chosen. */
export function NewCaseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const create = useCreateCase();
  const [customerQ, setCustomerQ] = useState('');
  const [debounced] = useDebouncedValue(customerQ.trim(), 250);
  const customers = useCustomerSearch(debounced);
  const departments = useDepartments();
  const touchpoints = useTouchpointRefs();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [touchpointId, setTouchpointId] = useState<string | null>(null);
  const [channel, setChannel] = useState<CaseChannel | null>('hotline');
  const [priority, setPriority] = useState<CasePriority>('normal');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const subjectError = tried && !subject.trim() ? t('supportInbox.create.subjectRequired') : null;

  const reset = () => {
    setCustomerQ('');
    setCustomerId(null);
    setSubject('');
    setDescription('');
    setTouchpointId(null);
    setChannel('hotline');
    setPriority('normal');
    setDepartmentId(null);
    setTried(false);
  };
  const close = () => {
    reset();
    onClose();
  };
  const submit = () => {
    setTried(true);
    if (!subject.trim()) return;
    create.mutate(
      { subject, description, customerId, touchpointId, channel, priority, ...(departmentId ? { departmentId } : {}) },
      {
        onSuccess: (c) => {
          notifications.show({ color: 'teal', message: t('supportInbox.create.created', { number: c.number }) });
          close();
          void navigate(casePagePath(c.id));
        },
        onError: (e) => notifications.show({ color: 'red', message: message(e) }),
      },
    );
  };

  const customerOptions = (customers.data?.items ?? []).map((c) => ({
    value: c.id,
    label: [c.name ?? c.userId, c.email ?? c.phone].filter(Boolean).join(' — '),
  }));
  return (
    <Modal opened={opened} onClose={close} title={t('supportInbox.create.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('supportInbox.create.customer')}
            description={t('supportInbox.create.customerHint')}
            placeholder={t('supportInbox.create.customerPlaceholder')}
            searchable
            clearable
            filter={({ options }) => options}
            searchValue={customerQ}
            onSearchChange={setCustomerQ}
            value={customerId}
            onChange={setCustomerId}
            data={customerOptions}
            nothingFoundMessage={customers.isFetching ? t('common.loading') : t('supportInbox.create.noCustomer')}
          />
          <TextInput label={t('supportInbox.create.subject')} required maxLength={200} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} error={subjectError} data-autofocus />
          <Textarea label={t('supportInbox.create.description')} autosize minRows={3} maxRows={10} maxLength={10000} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <Group grow align="flex-start">
            <Select
              label={t('supportInbox.create.touchpoint')}
              placeholder={t('supportInbox.create.none')}
              clearable
              searchable
              value={touchpointId}
              onChange={setTouchpointId}
              data={(touchpoints.data ?? []).map((tp) => ({ value: tp.id, label: tp.name }))}
            />
            <Select
              label={t('supportInbox.create.channel')}
              clearable
              value={channel}
              onChange={(v) => setChannel(isChannel(v) ? v : null)}
              data={CASE_CHANNELS.map((c) => ({ value: c, label: t(`supportInbox.channel.${c}`) }))}
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('supportInbox.create.priority')}
              allowDeselect={false}
              value={priority}
              onChange={(v) => isPriority(v) && setPriority(v)}
              data={CASE_PRIORITIES.map((p) => ({ value: p, label: t(`supportInbox.priority.${p}`) }))}
            />
            <Select
              label={t('supportInbox.create.department')}
              placeholder={t('supportInbox.create.byRouting')}
              clearable
              value={departmentId}
              onChange={setDepartmentId}
              data={(departments.data ?? []).map((d) => ({ value: d.id, label: departmentName(d, fmt.locale) }))}
            />
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('supportInbox.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
