import {
  closestCenter, DndContext, KeyboardSensor, PointerSensor, pointerWithin, useSensor, useSensors, type CollisionDetection, type DragEndEvent,
} from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { JourneyDoc, JourneyTouchpoint } from '@footprint/core';
import { Group, Text } from '@mantine/core';
import { Fragment, useMemo, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem, cellOf, moveItem, moveLane, moveStage, newKey, updateItem, type ItemField } from '../lib/doc-ops';
import { EmotionLane } from './emotion-lane';
import { GridCell } from './grid-cell';
import { GridContext, type DepartmentRef, type GridContextValue, type TouchpointRef } from './grid-context';
import { LaneTitle, laneDndId } from './lane-title';
import { StageHeader, stageDndId } from './stage-header';
import { TouchpointModal } from './touchpoint-modal';

export const STAGE_WIDTH = 250;
export const LANE_TITLE_WIDTH = 190;

export interface JourneyGridProps {
  doc: JourneyDoc;
  language: 'vi' | 'en';
  editable: boolean;
  onChange?: (doc: JourneyDoc) => void;
  /** Rendered inside each touchpoint card (the live layer's figures). */
  renderTouchpointExtra?: (item: JourneyTouchpoint, stageId: string) => ReactNode;
  /** Measured emotion per stage id (−2..+2), drawn as a second curve beside the designed one. */
  measuredEmotion?: Record<string, number | null>;
  /** Rendered under each stage's title. */
  stageHeaderExtra?: (stageId: string) => ReactNode;
  /** Workspace touchpoints: names of linked items, and the editor's choices. */
  touchpoints?: TouchpointRef[];
  /** Departments (already named in the reader's language). */
  departments?: DepartmentRef[];
  /** The grid's element, e.g. for exporting it as an image. */
  gridRef?: Ref<HTMLDivElement>;
}

type DragData = { type: 'stage' } | { type: 'lane' } | { type: 'item' | 'cell'; field: ItemField; stageId: string; laneId: string; itemId?: string };
const dataOf = (d: unknown): DragData | null => (typeof d === 'object' && d !== null && 'type' in d ? (d as DragData) : null);

/** Cards drop on cards or cells holding their kind; stages among stages; lanes among lanes. */
const collision: CollisionDetection = (args) => {
  const active = dataOf(args.active.data.current);
  if (!active) return [];
  const droppableContainers = args.droppableContainers.filter((c) => {
    const d = dataOf(c.data.current);
    if (!d) return false;
    if (active.type === 'item') return (d.type === 'item' || d.type === 'cell') && 'field' in d && d.field === active.field;
    return d.type === active.type;
  });
  if (active.type === 'item') {
    const within = pointerWithin({ ...args, droppableContainers });
    if (within.length > 0) return [...within].sort((a, b) => Number(dataOf(b.data?.droppableContainer?.data.current)?.type === 'item') - Number(dataOf(a.data?.droppableContainer?.data.current)?.type === 'item'));
  }
  return closestCenter({ ...args, droppableContainers });
};

/**
 * A journey map as a grid: stages are columns, lanes are rows (their titles stay in view while the
 * map scrolls sideways). Editable, it reorders stages, lanes and cards by drag-and-drop (mouse,
 * touch or keyboard) and edits every text in place; read-only, it is the share page's and the
 * print view's map.
 */
export function JourneyGrid({ doc, language, editable, onChange, renderTouchpointExtra, measuredEmotion, stageHeaderExtra, touchpoints = [], departments = [], gridRef }: JourneyGridProps) {
  const { t } = useTranslation();
  const [fresh, setFresh] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ stageId: string; laneId: string; item: JourneyTouchpoint | null; newId: string } | null>(null);
  const canEdit = editable && onChange !== undefined;
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const tpMap = useMemo(() => new Map(touchpoints.map((x) => [x.id, x])), [touchpoints]);
  const depMap = useMemo(() => new Map(departments.map((x) => [x.id, x])), [departments]);
  const change = (next: JourneyDoc) => {
    if (canEdit) onChange(next);
  };
  const ctx: GridContextValue = {
    doc,
    language,
    editable: canEdit,
    change,
    touchpoints: tpMap,
    departments: depMap,
    renderTouchpointExtra,
    editTouchpoint: (stageId, laneId, item) => setEditing({ stageId, laneId, item, newId: newKey(doc) }),
    fresh,
    setFresh,
  };
  const lanes = doc.lanes.filter((l) => !l.hidden);
  const columns = `${LANE_TITLE_WIDTH}px repeat(${doc.stages.length}, ${STAGE_WIDTH}px)`;

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const a = dataOf(active.data.current);
    const o = dataOf(over.data.current);
    if (!a || !o) return;
    if (a.type === 'stage' && o.type === 'stage') {
      const ids = doc.stages.map((s) => stageDndId(s.id));
      change(moveStage(doc, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
    } else if (a.type === 'lane' && o.type === 'lane') {
      const ids = doc.lanes.map((l) => laneDndId(l.id));
      change(moveLane(doc, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
    } else if (a.type === 'item' && (o.type === 'item' || o.type === 'cell') && a.itemId) {
      const stage = doc.stages.find((s) => s.id === o.stageId);
      if (!stage) return;
      const list = cellOf(stage, o.laneId)[a.field] as { id: string }[];
      const index = o.type === 'item' ? list.findIndex((x) => x.id === o.itemId) : list.length;
      change(moveItem(doc, a.field, a.itemId, { stageId: a.stageId, laneId: a.laneId }, { stageId: o.stageId, laneId: o.laneId }, index < 0 ? list.length : index));
    }
  };

  let visibilityDrawn = false;
  let frontstageSeen = false;
  const rows = lanes.map((lane) => {
    let line: ReactNode = null;
    if (lane.kind === 'frontstage') frontstageSeen = true;
    if (lane.kind === 'backstage' && frontstageSeen && !visibilityDrawn) {
      visibilityDrawn = true;
      line = (
        <div role="separator" aria-label={t('journeyMaps.grid.lineOfVisibility')} data-testid="line-of-visibility" style={{ gridColumn: '1 / -1', position: 'relative', height: 26, margin: '2px 0' }}>
          <div style={{ position: 'absolute', left: 0, right: 0, top: 12, borderTop: '2px dashed var(--mantine-color-grape-6)' }} />
          <Text size="xs" fw={600} c="grape.7" style={{ position: 'sticky', left: 8, display: 'inline-block', background: 'var(--mantine-color-body)', padding: '0 6px', marginTop: 3 }}>
            {t('journeyMaps.grid.lineOfVisibility')}
          </Text>
        </div>
      );
    }
    return (
      <Fragment key={lane.id}>
        {line}
        <LaneTitle lane={lane} legend={lane.kind === 'emotions' && measuredEmotion ? <EmotionLegend /> : null} />
        {lane.kind === 'emotions' ? (
          <div style={{ gridColumn: `2 / span ${doc.stages.length}`, borderBottom: '1px solid var(--mantine-color-gray-3)' }} data-lane={lane.id}>
            <EmotionLane lane={lane} stageWidth={STAGE_WIDTH} measured={measuredEmotion} />
          </div>
        ) : (
          doc.stages.map((stage) => (
            <div key={stage.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', borderLeft: '1px solid var(--mantine-color-gray-2)' }}>
              <GridCell stage={stage} lane={lane} />
            </div>
          ))
        )}
      </Fragment>
    );
  });

  return (
    <GridContext.Provider value={ctx}>
      <div style={{ overflowX: 'auto', paddingBottom: 8 }} className="jm-scroll">
        <DndContext sensors={sensors} collisionDetection={collision} onDragEnd={onDragEnd}>
          <div
            ref={gridRef}
            role="region"
            aria-label={t('journeyMaps.grid.label')}
            data-testid="journey-grid"
            style={{ display: 'grid', gridTemplateColumns: columns, width: 'max-content', background: 'var(--mantine-color-body)', padding: 4 }}
          >
            <div style={{ position: 'sticky', left: 0, zIndex: 3, background: 'var(--mantine-color-body)', padding: 8, display: 'flex', alignItems: 'flex-end' }}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('journeyMaps.grid.lanesHeader')}
              </Text>
            </div>
            <SortableContext items={doc.stages.map((s) => stageDndId(s.id))} strategy={horizontalListSortingStrategy}>
              {doc.stages.map((stage, i) => (
                <div key={stage.id} style={{ padding: 3 }}>
                  <StageHeader stage={stage} index={i} extra={stageHeaderExtra?.(stage.id)} />
                </div>
              ))}
            </SortableContext>
            <SortableContext items={lanes.map((l) => laneDndId(l.id))} strategy={verticalListSortingStrategy}>
              {rows}
            </SortableContext>
          </div>
        </DndContext>
      </div>
      {editing && (
        <TouchpointModal
          item={editing.item ?? { id: editing.newId }}
          touchpoints={touchpoints}
          departments={departments}
          onClose={() => setEditing(null)}
          onSave={(item) => {
            const { stageId, laneId } = editing;
            setEditing(null);
            if (editing.item) change(updateItem(doc, stageId, laneId, 'touchpoints', item.id, item));
            else change(addItem(doc, stageId, laneId, 'touchpoints', item));
          }}
        />
      )}
    </GridContext.Provider>
  );
}

function EmotionLegend() {
  const { t } = useTranslation();
  return (
    <Group gap={8} mt={4}>
      <Group gap={4} wrap="nowrap">
        <svg width={18} height={8} aria-hidden>
          <line x1={0} x2={18} y1={4} y2={4} stroke="var(--mantine-color-blue-6)" strokeWidth={3} />
        </svg>
        <Text size="xs">{t('journeyMaps.grid.designed')}</Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        <svg width={18} height={8} aria-hidden>
          <line x1={0} x2={18} y1={4} y2={4} stroke="var(--mantine-color-orange-6)" strokeWidth={2} strokeDasharray="6 4" />
        </svg>
        <Text size="xs">{t('journeyMaps.grid.measured')}</Text>
      </Group>
    </Group>
  );
}
