import { KIOSK_SYNC_BATCH, type KioskConfig } from '@footprint/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import pkg from '../../../../../package.json';
import { fetchConfig, isRevoked, sendAnswers, sendHeartbeat } from './api';
import { enqueue, loadQueue, settle, type QueuedAnswer, type StoredDevice } from './storage';

export const KIOSK_APP_VERSION = pkg.version;
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 60_000;
/** The configuration (survey changes) is read again every few heartbeats. */
const CONFIG_EVERY_BEATS = 4;

export interface KioskSync {
  /** Answers waiting on this tablet. */
  queued: number;
  /** Whether the last request reached the server. */
  connected: boolean;
  /** Keeps an answer durably, then tries to send it. */
  add: (a: QueuedAnswer) => void;
}

/**
 * Sends the tablet's answers in batches, retrying with exponential backoff (and at once when the
 * browser says it is back online), and reports heartbeats with the app version and queue length.
 * Answers leave the queue only once the server has settled them, so nothing is lost to a dropped
 * reply, and the server's idempotency by response id means nothing is counted twice.
 */
export function useKioskSync(device: StoredDevice, onConfig: (c: KioskConfig) => void, onRevoked: () => void): KioskSync {
  const { token, deviceId } = device;
  const [queued, setQueued] = useState(() => loadQueue(deviceId).length);
  const [connected, setConnected] = useState(true);
  const busy = useRef(false);
  const failures = useRef(0);
  const retry = useRef<number | undefined>(undefined);
  const beats = useRef(0);
  const live = useRef({ onConfig, onRevoked });
  live.current = { onConfig, onRevoked };

  const failed = useCallback((e: unknown) => {
    if (isRevoked(e)) {
      live.current.onRevoked();
      return true;
    }
    setConnected(false);
    return false;
  }, []);

  const heartbeat = useCallback(async () => {
    try {
      await sendHeartbeat(token, { appVersion: KIOSK_APP_VERSION, queued: loadQueue(deviceId).length });
      setConnected(true);
      if (++beats.current % CONFIG_EVERY_BEATS === 0) live.current.onConfig(await fetchConfig(token));
      return true;
    } catch (e) {
      failed(e);
      return false;
    }
  }, [token, deviceId, failed]);

  const flush = useCallback(async (): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    window.clearTimeout(retry.current);
    try {
      for (let batch = loadQueue(deviceId).slice(0, KIOSK_SYNC_BATCH); batch.length > 0; batch = loadQueue(deviceId).slice(0, KIOSK_SYNC_BATCH)) {
        const res = await sendAnswers(token, { sentAt: new Date().toISOString(), responses: batch });
        // Saved or refused for good: either way it leaves the queue. Anything unanswered stays.
        setQueued(settle(deviceId, res.results.map((r) => r.responseId)));
        setConnected(true);
        failures.current = 0;
      }
      await heartbeat();
    } catch (e) {
      if (!failed(e)) {
        const wait = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** failures.current++) * (0.75 + Math.random() / 2);
        retry.current = window.setTimeout(() => void flush(), wait);
      }
    } finally {
      busy.current = false;
    }
  }, [token, deviceId, heartbeat, failed]);

  const add = useCallback(
    (a: QueuedAnswer) => {
      setQueued(enqueue(deviceId, a));
      void flush();
    },
    [deviceId, flush],
  );

  useEffect(() => {
    void flush();
    const every = Math.max(1, device.config.heartbeatSeconds) * 1000;
    const beat = window.setInterval(() => {
      // A beat that gets through while answers wait means the way is clear again: send them.
      void heartbeat().then((ok) => {
        if (ok && loadQueue(deviceId).length > 0) void flush();
      });
    }, every);
    const online = () => {
      failures.current = 0;
      void flush();
    };
    const offline = () => setConnected(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.clearInterval(beat);
      window.clearTimeout(retry.current);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, [flush, heartbeat, deviceId, device.config.heartbeatSeconds]);

  return { queued, connected, add };
}
