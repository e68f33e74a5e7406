/** What the rest of the app may use from the support setup; its pages are reached through the routes. */
export { supportSettingsChanged } from './live';
