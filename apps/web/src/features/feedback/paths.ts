/** Links inside the feedback part. */
export const SURVEYS_PATH = '/feedback/surveys';
export const surveyPath = (id: string) => `${SURVEYS_PATH}/${id}`;
export const KIOSKS_PATH = '/feedback/kiosks';
