import { ZFeedbackSettings, ZSurveyWidget, type FeedbackSettings, type WidgetSettingsInput } from '@footprint/core';
import { apiGet, apiSend } from '../../lib/api';

const v1 = '/api/v1';

export const getSurveyWidget = (id: string) => apiGet(`${v1}/surveys/${id}/widget`, ZSurveyWidget);
export const putSurveyWidget = (id: string, settings: WidgetSettingsInput) => apiSend('PUT', `${v1}/surveys/${id}/widget`, settings, ZSurveyWidget);
export const getFeedbackSettings = () => apiGet(`${v1}/feedback/settings`, ZFeedbackSettings);
export const patchFeedbackSettings = (patch: Partial<FeedbackSettings>) => apiSend('PATCH', `${v1}/feedback/settings`, patch, ZFeedbackSettings);
