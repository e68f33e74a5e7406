import { ZAlertPreferences, ZNotification, type AlertPreferences } from '@footprint/core';
import { z } from 'zod';
import { apiGet, apiSend, apiSendVoid, query } from '../../../lib/api';

const v1 = '/api/v1';
export const ZNotificationPage = z.object({ items: z.array(ZNotification), total: z.number().int(), unread: z.number().int() });
export type NotificationPage = z.infer<typeof ZNotificationPage>;

export const listNotifications = (p: { page: number; pageSize: number; unread?: boolean }) =>
  apiGet(`${v1}/notifications${query({ page: p.page, pageSize: p.pageSize, unread: p.unread ? 'true' : undefined })}`, ZNotificationPage);
export const markNotificationsRead = (body: { ids?: string[]; all?: boolean }) => apiSendVoid('POST', `${v1}/notifications/read`, body);
export const getAlertPreferences = () => apiGet(`${v1}/notifications/preferences`, ZAlertPreferences);
export const saveAlertPreferences = (prefs: AlertPreferences) => apiSend('PUT', `${v1}/notifications/preferences`, prefs, ZAlertPreferences);
