/** Links of the responses screen, and the customer profile it links to (user ids hold any character). */
export const RESPONSES_PATH = '/feedback/responses';
export const customerResponsesPath = (userId: string) => `${RESPONSES_PATH}?customer=${encodeURIComponent(userId)}&status=all`;
export const customerProfilePath = (userId: string) => `/collection/customers/${encodeURIComponent(userId)}`;
