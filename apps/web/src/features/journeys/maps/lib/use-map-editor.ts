import { ZJourneyDoc, type Journey, type JourneyDoc, type JourneyKind } from '@footprint/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../../lib/api';
import { getJourney, patchJourney } from '../api';
import { jk } from '../query-keys';
import { record, redo, startHistory, undo, type History } from './history';

/** What the editor changes and saves together: one undo history covers the name and the map. */
export interface Draft {
  name: string;
  kind: JourneyKind;
  personaId: string | null;
  doc: JourneyDoc;
}

export const AUTOSAVE_MS = 1500;

export const toDraft = (j: Journey): Draft => ({ name: j.name, kind: j.kind, personaId: j.persona?.id ?? null, doc: j.doc });

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: unknown }
  | { kind: 'invalid'; message: string };

/**
 * The map editor's state: the undo history, autosave (debounced, sent with the version it was
 * made on), and what happens when someone else saved meanwhile (409 version_conflict): the newest
 * map is fetched so the person can choose between theirs and their own.
 */
export function useMapEditor(journey: Journey, canEdit: boolean) {
  const qc = useQueryClient();
  const [hist, setHist] = useState<History<Draft>>(() => startHistory(toDraft(journey)));
  const [saved, setSaved] = useState<Draft>(hist.present);
  const [version, setVersion] = useState(journey.version);
  const [savedAt, setSavedAt] = useState(journey.updatedAt);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ draft: Draft; error: unknown } | null>(null);
  const [invalid, setInvalid] = useState<{ draft: Draft; message: string } | null>(null);
  const [conflict, setConflict] = useState<Journey | null>(null);
  const inFlight = useRef(false);
  const draft = hist.present;
  const dirty = draft !== saved;

  /** Starts over from a map (the newest, or a restored version): a fresh undo history. */
  const reset = (j: Journey) => {
    const d = toDraft(j);
    setHist(startHistory(d));
    setSaved(d);
    setVersion(j.version);
    setSavedAt(j.updatedAt);
    setFailure(null);
    setInvalid(null);
    setConflict(null);
  };
  const load = (j: Journey) => {
    reset(j);
    qc.setQueryData(jk.one(j.id), j);
  };

  const save = useCallback(
    async (d: Draft, basedOn: number) => {
      if (inFlight.current) return;
      const checked = ZJourneyDoc.safeParse(d.doc);
      if (!checked.success || !d.name.trim()) {
        setInvalid({ draft: d, message: checked.success ? 'name' : (checked.error.issues[0]?.message ?? '') });
        return;
      }
      inFlight.current = true;
      setSaving(true);
      setInvalid(null);
      try {
        const j = await patchJourney(journey.id, { name: d.name.trim(), kind: d.kind, personaId: d.personaId, doc: d.doc, version: basedOn });
        setSaved(d);
        setVersion(j.version);
        setSavedAt(j.updatedAt);
        setFailure(null);
        setConflict(null);
        qc.setQueryData(jk.one(j.id), j);
        void qc.invalidateQueries({ queryKey: jk.lists });
        void qc.invalidateQueries({ queryKey: jk.versions(j.id) });
      } catch (e) {
        if (isApiError(e) && e.code === 'version_conflict') {
          try {
            setConflict(await getJourney(journey.id));
          } catch (e2) {
            setFailure({ draft: d, error: e2 });
          }
        } else setFailure({ draft: d, error: e });
      } finally {
        inFlight.current = false;
        setSaving(false);
      }
    },
    [journey.id, qc],
  );

  // Autosave: a pause in editing saves the map; a failed draft waits for a retry or another edit.
  useEffect(() => {
    if (!canEdit || !dirty || saving || conflict || failure?.draft === draft || invalid?.draft === draft) return;
    const timer = window.setTimeout(() => void save(draft, version), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [canEdit, dirty, saving, conflict, failure, invalid, draft, version, save]);

  // Saved elsewhere (live update) while nothing is being edited here: show the newer map.
  if (journey.version > version && !dirty && !saving && !conflict) reset(journey);

  const state: SaveState = invalid?.draft === draft
    ? { kind: 'invalid', message: invalid.message }
    : failure?.draft === draft
      ? { kind: 'error', error: failure.error }
      : saving
        ? { kind: 'saving' }
        : dirty
          ? { kind: 'pending' }
          : { kind: 'saved', at: savedAt };

  return {
    draft,
    dirty,
    state,
    version,
    conflict,
    canUndo: hist.past.length > 0,
    canRedo: hist.future.length > 0,
    change: (patch: Partial<Draft>, coalesce: string | null = null) => setHist((h) => record(h, { ...h.present, ...patch }, coalesce)),
    undo: () => setHist(undo),
    redo: () => setHist(redo),
    retry: () => void save(draft, version),
    load,
    /** Conflict: keep this person's map, saved on top of the newest version. */
    keepMine: () => {
      if (!conflict) return;
      const latest = conflict.version;
      setConflict(null);
      setVersion(latest);
      void save(draft, latest);
    },
  };
}
