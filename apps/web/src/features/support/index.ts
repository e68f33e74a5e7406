export { NotificationBell } from './alerts/notification-bell';
export { notificationsChanged } from './alerts/hooks';
/** Live refresh of the inbox, the case page and the hand-off queues. */
export { casesChanged, handoffsChanged, supportSettingsChanged } from './cases/live';
