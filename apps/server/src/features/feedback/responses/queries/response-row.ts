/** A response with the names around it, as the list, the detail and exports read it. */
export interface ResponseRow {
  id: string;
  survey_id: string;
  survey_name: string;
  definition: unknown;
  touchpoint_id: string | null;
  touchpoint_name: string | null;
  channel: 'link' | 'widget' | 'kiosk' | 'email' | 'qr';
  store_id: string | null;
  store_name: string | null;
  device_id: string | null;
  user_id: string | null;
  customer_id: string | null;
  customer_user_id: string | null;
  customer_name: string | null;
  language: 'vi' | 'en';
  answers: Record<string, unknown>;
  answered_at: Date | string;
  created_at: Date | string;
  updated_at: Date | string;
  completed_at: Date | string | null;
}

/**
 * The names joined onto responses `r` (already picked and limited): survey, touchpoint, store and
 * the customer, found by user id, or for an anonymous respondent by the anonymous id they were
 * later identified under.
 */
export const RESPONSE_COLUMNS = `r.id, r.survey_id, s.name as survey_name, s.definition, r.touchpoint_id, tp.name as touchpoint_name, r.channel,
  r.store_id, st.name as store_name, r.device_id, r.user_id, coalesce(cu.id, ca.id) as customer_id,
  coalesce(cu.user_id, ca.user_id) as customer_user_id, coalesce(cu.name, ca.name) as customer_name, r.language, r.answers, r.answered_at, r.created_at, r.updated_at, r.completed_at`;

export const RESPONSE_JOINS = `join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
  left join touchpoints tp on tp.workspace_id = r.workspace_id and tp.id = r.touchpoint_id
  left join stores st on st.workspace_id = r.workspace_id and st.id = r.store_id
  left join customer_identities iu on iu.workspace_id = r.workspace_id and iu.kind = 'user' and iu.value = r.user_id
  left join customers cu on cu.workspace_id = iu.workspace_id and cu.id = iu.customer_id
  left join customer_identities ia on r.user_id is null and ia.workspace_id = r.workspace_id and ia.kind = 'anonymous' and ia.value = r.anonymous_id
  left join customers ca on ca.workspace_id = ia.workspace_id and ca.id = ia.customer_id`;
