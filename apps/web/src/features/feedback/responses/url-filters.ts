import { ZResponseQuery, type ResponseQuery } from '@footprint/core';

/** The filter, sort and page of the responses screen, as its address keeps them (so a view can be shared and reloaded). */
export interface ResponseView extends Partial<ResponseQuery> {
  /** The screen shows completed responses unless told otherwise; "all" shows partial ones too. */
  status?: 'completed' | 'partial';
  /** The open response (detail drawer). */
  response?: string | undefined;
}

const KEYS = ['surveyId', 'touchpointId', 'channel', 'storeId', 'scoreGroup', 'from', 'to', 'q', 'customer', 'sort', 'order', 'page'] as const;
const shape = ZResponseQuery.shape;

/** Reads the address: each value is checked on its own, and one that does not fit is left out rather than breaking the screen. */
export function viewFromParams(params: URLSearchParams): ResponseView {
  const view: Record<string, unknown> = {};
  for (const key of KEYS) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const parsed = shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) view[key] = parsed.data;
  }
  if (view.from && view.to && String(view.from) > String(view.to)) delete view.to;
  const status = params.get('status');
  if (status !== 'all') view.status = status === 'partial' ? 'partial' : 'completed';
  const response = params.get('response');
  if (response && shape.surveyId.safeParse(response).success) view.response = response;
  return view as ResponseView;
}

/** Writes the view back, leaving defaults out so addresses stay short. */
export function paramsFromView(view: ResponseView): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of KEYS) {
    const v = view[key];
    if (v === undefined || v === null || v === '') continue;
    if ((key === 'sort' && v === 'answeredAt') || (key === 'order' && v === 'desc') || (key === 'page' && v === 1)) continue;
    out.set(key, String(v));
  }
  if (view.status !== 'completed') out.set('status', view.status ?? 'all');
  if (view.response) out.set('response', view.response);
  return out;
}

/** The API query of a view: the drawer is the screen's own. */
export function queryOfView(view: ResponseView, pageSize: number): Partial<ResponseQuery> {
  const { response: _open, ...q } = view;
  return { ...q, pageSize };
}
