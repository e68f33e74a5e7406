export { JourneysPage } from './pages/journeys-page';
export { journeysChanged } from './maps/live';
