export { FeedbackPage } from './pages/feedback-page';
