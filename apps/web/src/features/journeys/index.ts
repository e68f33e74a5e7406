export { JourneysPage } from './pages/journeys-page';
