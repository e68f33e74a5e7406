/** What the rest of the app may use from the workspace feature (auth, members, roles, keys). */
export { AuthLayout, AuthCard } from './components/auth-layout';
export { CreateWorkspaceForm } from './components/create-workspace-form';
export { LanguageSwitch } from './components/language-switch';
export { SortHeader } from './components/sort-header';
export { Logo } from './components/logo';
export { UserMenu } from './components/user-menu';
export { WorkspaceSwitcher } from './components/workspace-switcher';
export { departmentName } from './department-name';
export { useFormat } from './hooks/use-format';
export { useJob } from './hooks/use-job';
export { useKeys } from './hooks/use-keys';
export { useLiveUpdates } from './hooks/use-live-updates';
export {
  SessionContext,
  sessionFrom,
  useMeQuery,
  useOptionalSession,
  useSession,
  useSetupStatus,
  type Session,
} from './hooks/use-session';
export { useSignOut } from './hooks/use-sign-out';
export { qk } from './query-keys';
export { storeKeys, useStoreOptions } from './hooks/use-stores';
export { useValidators } from './hooks/use-validators';
export type { OverviewPeriod, OverviewTile } from './overview/tile';
export { useDepartments } from './hooks/use-departments';
