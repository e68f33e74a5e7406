import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import {
  OPPORTUNITY_STATUSES, PAIN_SEVERITIES, laneTitle, stageName, type JourneyLane, type JourneyOpportunity, type JourneyPain, type JourneyStage, type JourneyTouchpoint,
  type OpportunityStatus, type PainSeverity,
} from '@footprint/core';
import { Badge, Button, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addItem, cellOf, itemField, newKey, removeItem, updateItem, type ItemField, type ItemOf } from '../lib/doc-ops';
import { CHANNEL_LOOK } from './channel-look';
import { useGrid } from './grid-context';
import { InlineText } from './inline-text';
import { itemDndId, SortableCard } from './sortable-card';

export const cellDndId = (stageId: string, laneId: string) => `c:${stageId}:${laneId}`;

const SEVERITY_COLOR: Record<PainSeverity, string> = { low: 'yellow', medium: 'orange', high: 'red' };
const STATUS_COLOR: Record<OpportunityStatus, string> = { idea: 'gray', planned: 'blue', in_progress: 'violet', done: 'green' };

/** One stage × one lane: its cards, a drop zone for cards dragged from other cells, and "add". */
export function GridCell({ stage, lane }: { stage: JourneyStage; lane: JourneyLane }) {
  const { t } = useTranslation();
  const g = useGrid();
  const field = itemField(lane.kind);
  const { setNodeRef, isOver } = useDroppable({ id: cellDndId(stage.id, lane.id), data: { type: 'cell', field, stageId: stage.id, laneId: lane.id }, disabled: !g.editable || !field });
  if (!field) return null;
  const cell = cellOf(stage, lane.id);
  const items = cell[field];
  const sName = stageName(stage.name, g.language);
  const remove = (id: string) => g.change(removeItem(g.doc, stage.id, lane.id, field, id));
  const update = <F extends ItemField>(f: F, id: string, patch: Partial<ItemOf[F]>) => g.change(updateItem(g.doc, stage.id, lane.id, f, id, patch));

  const add = () => {
    if (field === 'touchpoints') return g.editTouchpoint(stage.id, lane.id, null);
    const id = newKey(g.doc);
    g.setFresh(id);
    if (field === 'notes') g.change(addItem(g.doc, stage.id, lane.id, 'notes', { id, text: '' }));
    else if (field === 'pains') g.change(addItem(g.doc, stage.id, lane.id, 'pains', { id, text: '', severity: 'medium' }));
    else g.change(addItem(g.doc, stage.id, lane.id, 'opportunities', { id, text: '', owner: '', status: 'idea' }));
  };
  const addLabel =
    field === 'touchpoints'
      ? t('journeyMaps.grid.addTouchpoint', { stage: sName })
      : field === 'pains'
        ? t('journeyMaps.grid.addPain', { stage: sName })
        : field === 'opportunities'
          ? t('journeyMaps.grid.addOpportunity', { stage: sName })
          : t('journeyMaps.grid.addNote', { stage: sName, lane: laneTitle(lane, g.language) });

  return (
    <Stack
      ref={setNodeRef}
      gap={6}
      p={6}
      mih={56}
      h="100%"
      data-cell={`${stage.id}:${lane.id}`}
      style={{ background: isOver ? 'var(--mantine-color-blue-0)' : undefined, borderRadius: 4 }}
    >
      <SortableContext items={items.map((x) => itemDndId(x.id))} strategy={verticalListSortingStrategy}>
        {field === 'notes' &&
          cell.notes.map((n) => (
            <SortableCard key={n.id} id={n.id} field="notes" stageId={stage.id} laneId={lane.id} onRemove={() => remove(n.id)}>
              <InlineText
                value={n.text}
                label={laneTitle(lane, g.language)}
                placeholder={t('journeyMaps.grid.emptyText')}
                editable={g.editable}
                autoEdit={g.fresh === n.id}
                onCommit={(text) => update('notes', n.id, { text })}
              />
            </SortableCard>
          ))}
        {field === 'pains' && cell.pains.map((p) => <PainCard key={p.id} pain={p} stageId={stage.id} laneId={lane.id} onRemove={() => remove(p.id)} onPatch={(x) => update('pains', p.id, x)} />)}
        {field === 'opportunities' &&
          cell.opportunities.map((o) => <OpportunityCard key={o.id} item={o} stageId={stage.id} laneId={lane.id} onRemove={() => remove(o.id)} onPatch={(x) => update('opportunities', o.id, x)} />)}
        {field === 'touchpoints' && cell.touchpoints.map((tp) => <TouchpointCard key={tp.id} item={tp} stageId={stage.id} laneId={lane.id} onRemove={() => remove(tp.id)} />)}
      </SortableContext>
      {g.editable && (
        <Button variant="subtle" color="gray" size="compact-xs" leftSection={<IconPlus size={12} aria-hidden />} onClick={add} aria-label={addLabel} className="jm-ui" style={{ alignSelf: 'flex-start' }}>
          {t('journeyMaps.grid.add')}
        </Button>
      )}
    </Stack>
  );
}

function PainCard({ pain, stageId, laneId, onRemove, onPatch }: { pain: JourneyPain; stageId: string; laneId: string; onRemove: () => void; onPatch: (p: Partial<JourneyPain>) => void }) {
  const { t } = useTranslation();
  const g = useGrid();
  return (
    <SortableCard id={pain.id} field="pains" stageId={stageId} laneId={laneId} onRemove={onRemove} accent={SEVERITY_COLOR[pain.severity]} testId="pain-card">
      <Stack gap={4}>
        <InlineText value={pain.text} label={t('journeyMaps.grid.emptyText')} placeholder={t('journeyMaps.grid.emptyText')} editable={g.editable} autoEdit={g.fresh === pain.id} onCommit={(text) => onPatch({ text })} />
        <ChoiceBadge
          label={t('journeyMaps.grid.severityLabel')}
          value={pain.severity}
          options={PAIN_SEVERITIES}
          color={(v) => SEVERITY_COLOR[v]}
          text={(v) => t(`journeyMaps.grid.severity.${v}`)}
          onChange={(severity) => onPatch({ severity })}
        />
      </Stack>
    </SortableCard>
  );
}

function OpportunityCard({ item, stageId, laneId, onRemove, onPatch }: { item: JourneyOpportunity; stageId: string; laneId: string; onRemove: () => void; onPatch: (p: Partial<JourneyOpportunity>) => void }) {
  const { t } = useTranslation();
  const g = useGrid();
  return (
    <SortableCard id={item.id} field="opportunities" stageId={stageId} laneId={laneId} onRemove={onRemove} testId="opportunity-card">
      <Stack gap={4}>
        <InlineText value={item.text} label={t('journeyMaps.grid.emptyText')} placeholder={t('journeyMaps.grid.emptyText')} editable={g.editable} autoEdit={g.fresh === item.id} onCommit={(text) => onPatch({ text })} />
        <Group gap={4} wrap="nowrap" align="center">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('journeyMaps.grid.owner')}:
          </Text>
          <div style={{ flex: 1, minWidth: 0 }}>
            <InlineText value={item.owner} label={t('journeyMaps.grid.owner')} placeholder={t('journeyMaps.grid.noOwner')} editable={g.editable} size="xs" multiline={false} maxLength={120} onCommit={(owner) => onPatch({ owner })} />
          </div>
        </Group>
        <ChoiceBadge
          label={t('journeyMaps.grid.statusLabel')}
          value={item.status}
          options={OPPORTUNITY_STATUSES}
          color={(v) => STATUS_COLOR[v]}
          text={(v) => t(`journeyMaps.grid.status.${v}`)}
          onChange={(status) => onPatch({ status })}
        />
      </Stack>
    </SortableCard>
  );
}

/** A coloured badge that, when the map is editable, opens a menu of the other values. */
function ChoiceBadge<V extends string>({ label, value, options, color, text, onChange }: { label: string; value: V; options: readonly V[]; color: (v: V) => string; text: (v: V) => string; onChange: (v: V) => void }) {
  const g = useGrid();
  const badge = (
    <Badge size="sm" variant="light" color={color(value)} tt="none">
      {text(value)}
    </Badge>
  );
  if (!g.editable) return <Group gap={4}>{badge}</Group>;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`${label}: ${text(value)}`} style={{ alignSelf: 'flex-start' }}>
          {badge}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{label}</Menu.Label>
        {options.map((o) => (
          <Menu.Item key={o} onClick={() => onChange(o)} leftSection={<Badge size="xs" circle color={color(o)} />}>
            {text(o)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function TouchpointCard({ item, stageId, laneId, onRemove }: { item: JourneyTouchpoint; stageId: string; laneId: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const g = useGrid();
  const linked = item.touchpointId ? g.touchpoints.get(item.touchpointId) : undefined;
  const name = item.touchpointId ? (linked?.name ?? (item.name || t('journeyMaps.grid.deletedTouchpoint'))) : item.name || t('journeyMaps.grid.unnamed');
  const look = CHANNEL_LOOK[item.channel];
  const ChannelIcon = look.icon;
  const department = item.departmentId ? g.departments.get(item.departmentId) : undefined;
  return (
    <SortableCard id={item.id} field="touchpoints" stageId={stageId} laneId={laneId} onRemove={onRemove} testId="touchpoint-card">
      <Stack gap={4}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <ChannelIcon size={16} color={`var(--mantine-color-${look.color}-6)`} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere', flex: 1 }}>
            {name}
          </Text>
          {g.editable && (
            <UnstyledButton aria-label={`${t('journeyMaps.touchpoint.titleEdit')}: ${name}`} onClick={() => g.editTouchpoint(stageId, laneId, item)} className="jm-ui">
              <IconPencil size={14} aria-hidden />
            </UnstyledButton>
          )}
        </Group>
        <Group gap={4}>
          <Badge size="xs" variant="light" color={look.color} tt="none">
            {t(`collection.touchpoints.channels.${item.channel}`)}
          </Badge>
          <Badge size="xs" variant="outline" color="gray" tt="none">
            {item.mode === 'online' ? t('journeyMaps.grid.online') : t('journeyMaps.grid.offline')}
          </Badge>
        </Group>
        {department && (
          <Text size="xs" c="dimmed">
            {department.name}
          </Text>
        )}
        {item.target && (
          <Text size="xs" fw={500} c="teal.8">
            {t('journeyMaps.grid.target', { metric: item.target.metric.toUpperCase(), min: item.target.min })}
          </Text>
        )}
        {g.renderTouchpointExtra?.(item, stageId)}
      </Stack>
    </SortableCard>
  );
}
