/** Links inside the journey maps. */
export const MAPS_PATH = '/journeys/maps';
export const mapPath = (id: string) => `${MAPS_PATH}/${id}`;
