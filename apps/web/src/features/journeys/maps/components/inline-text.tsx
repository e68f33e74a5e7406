import { Text, Textarea, UnstyledButton, type MantineSize } from '@mantine/core';
import { useState } from 'react';

interface Props {
  value: string;
  /** What the field is, for screen readers ("Tên giai đoạn", "Ghi chú"). */
  label: string;
  placeholder: string;
  editable: boolean;
  onCommit: (text: string) => void;
  size?: MantineSize;
  fw?: number;
  /** Start in edit mode (a card just added). */
  autoEdit?: boolean;
  maxLength?: number;
  multiline?: boolean;
}

/**
 * Text that turns into a field when clicked. The change is kept when the field is left or Enter is
 * pressed (one undo step per edit), Escape drops it.
 */
export function InlineText({ value, label, placeholder, editable, onCommit, size = 'sm', fw, autoEdit = false, maxLength = 1000, multiline = true }: Props) {
  const [draft, setDraft] = useState<string | null>(autoEdit ? value : null);
  if (!editable) {
    return (
      <Text size={size} fw={fw} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={value ? undefined : 'dimmed'}>
        {value || '—'}
      </Text>
    );
  }
  if (draft === null) {
    return (
      <UnstyledButton
        onClick={() => setDraft(value)}
        aria-label={`${label}: ${value || placeholder}`}
        style={{ display: 'block', width: '100%', textAlign: 'left', borderRadius: 4, cursor: 'text' }}
        data-inline-text
      >
        <Text size={size} fw={fw} c={value ? undefined : 'dimmed'} fs={value ? undefined : 'italic'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {value || placeholder}
        </Text>
      </UnstyledButton>
    );
  }
  const commit = () => {
    const text = draft.trim();
    setDraft(null);
    if (text !== value) onCommit(text);
  };
  return (
    <Textarea
      aria-label={label}
      size="xs"
      autosize
      minRows={1}
      maxRows={8}
      autoFocus
      maxLength={maxLength}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        // Keys typed here are text, not the editor's shortcuts (undo, drag).
        e.stopPropagation();
        if (e.key === 'Escape') setDraft(null);
        else if (e.key === 'Enter' && (!multiline || !e.shiftKey)) {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}
