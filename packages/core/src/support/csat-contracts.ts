import { z } from 'zod';
import { ZResponseDetail } from '../feedback/response-contracts.js';
import { CASE_STATUSES } from './contracts.js';

/** What the public resolution-CSAT page shows behind a token: whose question, and whether it is answered. */
export const ZPublicCaseCsat = z.object({
  workspaceName: z.string(),
  caseNumber: z.number().int(),
  subject: z.string(),
  answered: z.boolean(),
  score: z.number().int().min(1).max(5).nullable(),
  /** The customer's language (the feedback's, else their trait, else the workspace's): the page speaks it. */
  language: z.enum(['vi', 'en']),
});
export type PublicCaseCsat = z.infer<typeof ZPublicCaseCsat>;

/** The case a response led to, as the responses drawer links it. */
export const ZResponseCase = z.object({ id: z.string(), number: z.number().int(), status: z.enum(CASE_STATUSES) }).nullable();
export type ResponseCase = z.infer<typeof ZResponseCase>;
/** `GET /responses/:id`: the response, and the case it led to (closing the loop), if any. */
export const ZResponseDetailWithCase = ZResponseDetail.extend({ case: ZResponseCase });
export type ResponseDetailWithCase = z.infer<typeof ZResponseDetailWithCase>;
