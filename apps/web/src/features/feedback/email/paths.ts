/** Links inside Feedback → Email. */
export const EMAIL_PATH = '/feedback/email';
export const campaignPath = (id: string) => `${EMAIL_PATH}/${id}`;
