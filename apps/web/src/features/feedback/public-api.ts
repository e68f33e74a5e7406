import { ZSurveyDefinition, type Answers, type SurveyDefinition, type SurveyLanguage } from '@footprint/core';
import { z } from 'zod';
import { apiGet, apiSend, type Parser } from '../../lib/api';

export interface PublicSurvey {
  publicId: string;
  workspaceName: string;
  definition: SurveyDefinition;
}

const publicSurveyParser: Parser<PublicSurvey> = {
  parse(data: unknown): PublicSurvey {
    const s = z.object({ publicId: z.string(), workspaceName: z.string(), definition: z.unknown() }).parse(data);
    return { ...s, definition: ZSurveyDefinition.parse(s.definition) };
  },
};

const path = (publicId: string) => `/api/v1/public/surveys/${encodeURIComponent(publicId)}`;

export const getPublicSurvey = (publicId: string) => apiGet(path(publicId), publicSurveyParser);

export interface ResponseSave {
  responseId: string;
  answers: Answers;
  language: SurveyLanguage;
  complete: boolean;
  touchpointId?: string | undefined;
  channel: 'link' | 'qr';
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
}

export const saveResponse = (publicId: string, body: ResponseSave) =>
  apiSend('POST', `${path(publicId)}/responses`, body, z.object({ id: z.string(), completed: z.boolean() }));
