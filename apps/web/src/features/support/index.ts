export { SupportPage } from './pages/support-page';
