export { InsightPage } from './pages/insight-page';
