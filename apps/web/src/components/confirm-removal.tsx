import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useErrorMessage } from '../lib/errors';
import { ConfirmModal } from './confirm-modal';

interface Props<T extends { id: string }> {
  /** What is about to be removed; null while nothing is. */
  target: T | null;
  onClose: () => void;
  mutation: UseMutationResult<unknown, unknown, string>;
  title: string;
  confirmLabel: string;
  successMessage: string;
  body: (target: T) => ReactNode;
}

/** Asks before revoking or deleting, runs the mutation, and tells how it went. */
export function ConfirmRemoval<T extends { id: string }>({ target, onClose, mutation, title, confirmLabel, successMessage, body }: Props<T>) {
  const errorMessage = useErrorMessage();
  return (
    <ConfirmModal
      opened={target !== null}
      title={title}
      confirmLabel={confirmLabel}
      loading={mutation.isPending}
      onClose={onClose}
      onConfirm={() => {
        if (!target) return;
        mutation.mutate(target.id, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: successMessage });
            onClose();
          },
          onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
        });
      }}
    >
      {target && body(target)}
    </ConfirmModal>
  );
}
