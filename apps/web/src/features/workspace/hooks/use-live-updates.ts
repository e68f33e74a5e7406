import { ZJob, type Job } from '@footprint/core';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { placementProgressed, receiveLiveEvents, touchpointsChanged } from '../../collection';
import { campaignsChanged, responsesChanged, scoresChanged, surveysChanged } from '../../feedback';
import { journeyLiveChanged, journeysChanged } from '../../journeys';
import { personasChanged } from '../../journeys/personas';
import { supportSettingsChanged } from '../../support/settings';
import { casesChanged, handoffsChanged, notificationsChanged, supportSettingsChanged as supportTeamChanged } from '../../support';
import { supportKpisLive } from '../../support/kpis';
import { qk } from '../query-keys';

const RECONNECT_MS = 5000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function jobProgress(qc: QueryClient, data: Record<string, unknown>): void {
  const id = typeof data.id === 'string' ? data.id : null;
  if (!id) return;
  const status = ZJob.shape.status.safeParse(data.status);
  const progress = typeof data.progress === 'number' ? Math.min(1, Math.max(0, data.progress)) : undefined;
  const message = typeof data.message === 'string' ? data.message : null;
  qc.setQueryData<Job>(qk.job(id), (old) =>
    old
      ? { ...old, status: status.success ? status.data : old.status, progress: progress ?? old.progress, message: message ?? old.message }
      : old,
  );
  if (status.success && (status.data === 'done' || status.data === 'failed')) {
    // The result (counts) only comes with the full job; the demo also adds members.
    void qc.invalidateQueries({ queryKey: qk.job(id) });
    void qc.invalidateQueries({ queryKey: qk.membersAll });
    void qc.invalidateQueries({ queryKey: qk.departments });
  }
}

export function handleLiveMessage(qc: QueryClient, raw: string): void {
  let msg: unknown;
  try {
    msg = JSON.parse(raw);
  } catch {
    return;
  }
  if (typeof msg !== 'object' || msg === null || !('type' in msg) || typeof msg.type !== 'string') return;
  const data = 'data' in msg && isRecord(msg.data) ? msg.data : {};
  switch (msg.type) {
    case 'members.changed':
    case 'invitations.changed':
      void qc.invalidateQueries({ queryKey: qk.membersAll });
      void qc.invalidateQueries({ queryKey: qk.invitations });
      break;
    case 'departments.changed':
      void qc.invalidateQueries({ queryKey: qk.departments });
      break;
    case 'keys.changed':
      void qc.invalidateQueries({ queryKey: qk.keys });
      break;
    case 'workspace.changed':
      void qc.invalidateQueries({ queryKey: qk.me });
      void qc.invalidateQueries({ queryKey: qk.workspace });
      break;
    case 'job.progress':
      jobProgress(qc, data);
      if (data.kind === 'touchpoints.place') placementProgressed(qc);
      break;
    case 'touchpoints.changed':
      touchpointsChanged(qc);
      break;
    case 'surveys.changed':
      surveysChanged(qc);
      break;
    case 'journeys.changed':
      journeysChanged(qc);
      break;
    case 'stores.changed':
    case 'kiosks.changed':
      // Kiosk rows show store names; store rows count kiosks.
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'stores' || q.queryKey[0] === 'kiosk' });
      break;
    case 'responses.changed':
      responsesChanged(qc);
      scoresChanged(qc);
      journeyLiveChanged(qc);
      break;
    case 'responses.exported':
      responsesChanged(qc);
      break;
    case 'campaigns.changed':
      campaignsChanged(qc);
      break;
    case 'imports.changed':
      // An import finished: its list and page; the customers and events it added.
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'imports' || q.queryKey[0] === 'collection' });
      break;
    case 'personas.changed':
      personasChanged(qc);
      break;
    case 'events.received':
      receiveLiveEvents(qc, data);
      journeyLiveChanged(qc);
      break;
    case 'cases.changed':
      casesChanged(qc, data);
      break;
    case 'handoffs.changed':
      handoffsChanged(qc);
      break;
    case 'support.settings.changed':
      supportSettingsChanged(qc);
      supportTeamChanged(qc);
      break;
    case 'notifications.changed':
      notificationsChanged(qc);
      break;
    default:
      break;
  }
  supportKpisLive(qc, msg.type);
}

/**
 * Server-sent events for the active workspace. The server subscribes per workspace at connect
 * time, so switching workspace reconnects. Returns whether the stream is currently connected.
 */
export function useLiveUpdates(workspaceId: string): boolean {
  const qc = useQueryClient();
  const [connected, setConnected] = useState(true);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let es: EventSource | null = null;
    let timer: number | undefined;
    let missed = false;
    const open = () => {
      es = new EventSource('/api/v1/live');
      es.onopen = () => {
        setConnected(true);
        // Events sent before the stream was subscribed are lost: after a drop, refetch what is on
        // screen; on the first open, what was read before it (the page's first fetches race it).
        const openedAt = Date.now();
        void qc.invalidateQueries({
          predicate: (q) => q.queryKey[0] !== 'setup' && (missed || (q.state.dataUpdatedAt > 0 && q.state.dataUpdatedAt < openedAt)),
        });
        missed = false;
      };
      es.onmessage = (ev: MessageEvent<string>) => handleLiveMessage(qc, ev.data);
      es.onerror = () => {
        missed = true;
        setConnected(false);
        if (es && es.readyState === EventSource.CLOSED) {
          // The browser gave up (e.g. 401 after the session ended): check the session, retry later.
          es.close();
          void qc.invalidateQueries({ queryKey: qk.me });
          timer = window.setTimeout(open, RECONNECT_MS);
        }
      };
    };
    open();
    return () => {
      window.clearTimeout(timer);
      es?.close();
    };
  }, [workspaceId, qc]);
  return connected;
}
