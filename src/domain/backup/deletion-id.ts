// Kept apart from merge.ts (which pulls in the backup schema and valibot): every delete needs it.

/** The id of a deletion record: the store and the deleted row's key. */
export const deletionId = (store: string, key: string): string => `${store}:${key}`;
