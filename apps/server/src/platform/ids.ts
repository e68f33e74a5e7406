import { v7 } from 'uuid';

/** Time-ordered UUIDv7: inserts append to the index instead of scattering across it. */
export const newId = (): string => v7();
