// Shared by the build (which builds the index) and the app (which loads it):
// MiniSearch needs the same options on both sides.
export const SEARCH_OPTIONS = {
  fields: ['heading', 'text'],
  storeFields: [] as string[],
  searchOptions: { boost: { heading: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' as const },
};
