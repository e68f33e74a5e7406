/** Addresses of the support pages, for links from anywhere in the app. */
export const casePagePath = (id: string) => `/support/cases/${id}`;
export const inboxPath = '/support/inbox';
export const handoffsPath = '/support/handoffs';
