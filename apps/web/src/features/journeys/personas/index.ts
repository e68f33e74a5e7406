/** What the rest of the app may use from personas; pages are reached through the routes. */
export { personasChanged, pk as personaKeys } from './hooks';
export { PersonaAvatar } from './components/persona-avatar';
