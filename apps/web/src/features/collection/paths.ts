/** Links inside the collection part; user ids may hold any character, so they are encoded. */
export const customerPath = (userId: string) => `/collection/customers/${encodeURIComponent(userId)}`;
