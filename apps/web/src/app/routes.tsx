import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PageLoader } from '../components/query-state';
import { AuthLayout } from '../features/workspace';
import { RequireSession } from './shell/require-session';

/** Pages load on demand: one chunk per route keeps the first screen small. */
function page<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SetupPage = page(() => import('../features/workspace/pages/setup-page'), 'SetupPage');
const LoginPage = page(() => import('../features/workspace/pages/login-page'), 'LoginPage');
const ForgotPasswordPage = page(() => import('../features/workspace/pages/forgot-password-page'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('../features/workspace/pages/reset-password-page'), 'ResetPasswordPage');
const InvitePage = page(() => import('../features/workspace/pages/invite-page'), 'InvitePage');
const HomePage = page(() => import('../features/workspace/pages/home-page'), 'HomePage');
const WorkspaceSettingsPage = page(() => import('../features/workspace/pages/workspace-settings-page'), 'WorkspaceSettingsPage');
const MembersPage = page(() => import('../features/workspace/pages/members-page'), 'MembersPage');
const DepartmentsPage = page(() => import('../features/workspace/pages/departments-page'), 'DepartmentsPage');
const KeysPage = page(() => import('../features/workspace/pages/keys-page'), 'KeysPage');
const StoresPage = page(() => import('../features/workspace/pages/stores-page'), 'StoresPage');
const ProfilePage = page(() => import('../features/workspace/pages/profile-page'), 'ProfilePage');
const MapsPage = page(() => import('../features/journeys/maps/pages/maps-page'), 'MapsPage');
const MapEditorPage = page(() => import('../features/journeys/maps/pages/map-editor-page'), 'MapEditorPage');
const JourneysLayout = page(() => import('../features/journeys/journeys-layout'), 'JourneysLayout');
const PersonasPage = page(() => import('../features/journeys/personas/pages/personas-page'), 'PersonasPage');
const PersonaEditorPage = page(() => import('../features/journeys/personas/pages/persona-editor-page'), 'PersonaEditorPage');
const CollectionLayout = page(() => import('../features/collection/pages/collection-layout'), 'CollectionLayout');
const CustomersPage = page(() => import('../features/collection/pages/customers-page'), 'CustomersPage');
const CustomerPage = page(() => import('../features/collection/pages/customer-page'), 'CustomerPage');
const LivePage = page(() => import('../features/collection/pages/live-page'), 'LivePage');
const EventsPage = page(() => import('../features/collection/pages/events-page'), 'EventsPage');
const TouchpointsPage = page(() => import('../features/collection/pages/touchpoints-page'), 'TouchpointsPage');
const ImportsPage = page(() => import('../features/collection/pages/imports-page'), 'ImportsPage');
const ImportPage = page(() => import('../features/collection/pages/import-page'), 'ImportPage');
const FeedbackPage = page(() => import('../features/feedback/pages/feedback-page'), 'FeedbackPage');
const SurveysPage = page(() => import('../features/feedback/pages/surveys-page'), 'SurveysPage');
const ResponsesPage = page(() => import('../features/feedback/pages/responses-page'), 'ResponsesPage');
const SurveyBuilderPage = page(() => import('../features/feedback/pages/survey-builder-page'), 'SurveyBuilderPage');
const KiosksPage = page(() => import('../features/feedback/kiosk/kiosks-page'), 'KiosksPage');
const KioskPage = page(() => import('../features/feedback/kiosk/tablet/kiosk-page'), 'KioskPage');
const ScoresPage = page(() => import('../features/feedback/pages/scores-page'), 'ScoresPage');
const SupportLayout = page(() => import('../features/support/support-layout'), 'SupportLayout');
const SupportSettingsLayout = page(() => import('../features/support/settings/settings-layout'), 'SupportSettingsLayout');
const SupportTriggersPage = page(() => import('../features/support/settings/pages/triggers-page'), 'TriggersPage');
const SupportRoutingPage = page(() => import('../features/support/settings/pages/routing-page'), 'RoutingPage');
const SupportDepartmentsPage = page(() => import('../features/support/settings/pages/departments-page'), 'DepartmentsPage');
const SupportSlaPage = page(() => import('../features/support/settings/pages/sla-page'), 'SlaPage');
const SupportInboxPage = page(() => import('../features/support/inbox/inbox-page'), 'InboxPage');
const SupportCasePage = page(() => import('../features/support/cases/case-page'), 'CasePage');
const SupportHandoffsPage = page(() => import('../features/support/handoffs/handoffs-page'), 'HandoffsPage');
const SupportKpisPage = page(() => import('../features/support/kpis/kpis-page'), 'SupportKpisPage');
const AnalyticsPage = page(() => import('../features/analytics/pages/analytics-page'), 'AnalyticsPage');
const InsightPage = page(() => import('../features/insight/pages/insight-page'), 'InsightPage');
const EmailPage = page(() => import('../features/feedback/email/pages/email-page'), 'EmailPage');
const CampaignPage = page(() => import('../features/feedback/email/pages/campaign-page'), 'CampaignPage');
const UnsubscribePage = page(() => import('../features/feedback/email/pages/unsubscribe-page'), 'UnsubscribePage');
const PublicSurveyPage = page(() => import('../features/feedback/pages/public-survey-page'), 'PublicSurveyPage');
const JourneyComparePage = page(() => import('../features/journeys/compare/compare-page'), 'ComparePage');
const JourneySharePage = page(() => import('../features/journeys/share/share-page'), 'SharePage');
const NotFoundPage = page(() => import('./not-found-page'), 'NotFoundPage');
const NotificationPreferencesPage = page(() => import('../features/support/alerts/preferences-page'), 'NotificationPreferencesPage');
const ResolutionCsatPage = page(() => import('../features/support/resolution-csat/resolution-csat-page'), 'ResolutionCsatPage');

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="s/:publicId" element={<PublicSurveyPage />} />
        <Route path="u/:token" element={<UnsubscribePage />} />
        <Route path="r/:token" element={<ResolutionCsatPage />} />
        <Route path="kiosk" element={<KioskPage />} />
        <Route path="m/:token" element={<JourneySharePage />} />
        <Route element={<AuthLayout />}>
          <Route path="setup" element={<SetupPage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="forgot-password" element={<ForgotPasswordPage />} />
          <Route path="reset-password/:token" element={<ResetPasswordPage />} />
          <Route path="invite/:token" element={<InvitePage />} />
        </Route>
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
          <Route path="journeys/maps/:id" element={<MapEditorPage />} />
          <Route path="journeys/maps/:id/compare" element={<JourneyComparePage />} />
          <Route path="journeys" element={<JourneysLayout />}>
            <Route index element={<Navigate to="maps" replace />} />
            <Route path="maps" element={<MapsPage />} />
            <Route path="personas" element={<PersonasPage />} />
            <Route path="personas/:id" element={<PersonaEditorPage />} />
          </Route>
          <Route path="collection" element={<CollectionLayout />}>
            <Route index element={<Navigate to="customers" replace />} />
            <Route path="customers" element={<CustomersPage />} />
            <Route path="customers/:userId" element={<CustomerPage />} />
            <Route path="live" element={<LivePage />} />
            <Route path="events" element={<EventsPage />} />
            <Route path="touchpoints" element={<TouchpointsPage />} />
            <Route path="imports" element={<ImportsPage />} />
            <Route path="imports/:id" element={<ImportPage />} />
          </Route>
          <Route path="feedback" element={<FeedbackPage />}>
            <Route index element={<Navigate to="surveys" replace />} />
            <Route path="surveys" element={<SurveysPage />} />
            <Route path="surveys/:id" element={<SurveyBuilderPage />} />
            <Route path="kiosks" element={<KiosksPage />} />
            <Route path="responses" element={<ResponsesPage />} />
            <Route path="email" element={<EmailPage />} />
            <Route path="email/:id" element={<CampaignPage />} />
            <Route path="scores" element={<ScoresPage />} />
          </Route>
          <Route path="support/cases/:id" element={<SupportCasePage />} />
          <Route path="support" element={<SupportLayout />}>
            <Route index element={<Navigate to="inbox" replace />} />
            <Route path="settings" element={<SupportSettingsLayout />}>
              <Route index element={<Navigate to="triggers" replace />} />
              <Route path="triggers" element={<SupportTriggersPage />} />
              <Route path="routing" element={<SupportRoutingPage />} />
              <Route path="departments" element={<SupportDepartmentsPage />} />
              <Route path="sla" element={<SupportSlaPage />} />
            </Route>
            <Route path="inbox" element={<SupportInboxPage />} />
            <Route path="handoffs" element={<SupportHandoffsPage />} />
            <Route path="kpis" element={<SupportKpisPage />} />
          </Route>
          <Route path="analytics" element={<AnalyticsPage />} />
          <Route path="insight" element={<InsightPage />} />
          <Route path="settings">
            <Route index element={<Navigate to="workspace" replace />} />
            <Route path="workspace" element={<WorkspaceSettingsPage />} />
            <Route path="members" element={<MembersPage />} />
            <Route path="departments" element={<DepartmentsPage />} />
            <Route path="keys" element={<KeysPage />} />
            <Route path="stores" element={<StoresPage />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route path="notifications" element={<NotificationPreferencesPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
