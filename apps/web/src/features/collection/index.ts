export { CollectionPage } from './pages/collection-page';
