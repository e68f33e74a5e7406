import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import type { JourneyAccess } from './routes.js';

/** Filled in with the PDF renderer. */
export function registerJourneyExportRoute(_app: App, _ctx: AppContext, _access: JourneyAccess): void {}
