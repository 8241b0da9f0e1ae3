// The compact search index (issue 13): decoding what the build encodes gives
// MiniSearch the very index it built, so every query ranks the same; and the
// compact form is much smaller than MiniSearch's own JSON.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadGuide } from '../../scripts/content/vite-plugin-content';
import { decodeSearchIndex, encodeSearchIndex } from '../../src/lib/guide/search-codec';
import { SEARCH_OPTIONS } from '../../src/lib/guide/search-options';

const guide = loadGuide(resolve(import.meta.dirname, '../..'));
const built = new MiniSearch(SEARCH_OPTIONS);
built.addAll(guide.searchDocs);
const headings = new Map(guide.searchDocs.map((d) => [d.id, d.heading]));
const compact = encodeSearchIndex(built.toJSON(), (id) => headings.get(id) ?? '');
const decoded = MiniSearch.loadJS(decodeSearchIndex(JSON.parse(JSON.stringify(compact))), SEARCH_OPTIONS);

describe('the compact search index', () => {
  it('decodes to the index the build made (its terms sorted)', () => {
    const want = JSON.parse(JSON.stringify(built));
    want.index.sort((a: [string], b: [string]) => (a[0] < b[0] ? -1 : 1));
    expect(decodeSearchIndex(compact)).toEqual(want);
  });

  it('ranks every query as the index in MiniSearch’s own JSON did, scores included', () => {
    const before = MiniSearch.loadJSON(JSON.stringify(built), SEARCH_OPTIONS);
    const queries = ['lambda', 'visibility timeout', 'kms envelope encryption', 'cognito identity pool', 'x-ray annotations', 'dynamodb gsi', 'sam local', 'canary', 'iam policy evaluation', 'throttl', 'secrets rotation', 'sqs fifo', 'lamda', 'step functions express'];
    for (const q of queries) {
      const want = before.search(q);
      expect(want.length, q).toBeGreaterThan(0);
      // The order of a hit's matched terms follows the tree's insertion order: compare them as sets.
      const plain = (rs: typeof want) => rs.map((r) => ({ ...r, terms: [...r.terms].sort(), queryTerms: [...r.queryTerms].sort() }));
      expect(plain(decoded.search(q)), q).toEqual(plain(want));
    }
  });

  it('keeps each section heading beside its id', () => {
    const i = compact.ids.indexOf(guide.searchDocs[5]!.id);
    expect(compact.headings[i]).toBe(guide.searchDocs[5]!.heading);
  });

  it('is at most 65% of MiniSearch’s own JSON (gzip), headings included', () => {
    const full = gzipSync(JSON.stringify(JSON.stringify(built)) + JSON.stringify(Object.fromEntries(headings))).length;
    const small = gzipSync(JSON.stringify(JSON.stringify(compact))).length;
    expect(small / full).toBeLessThan(0.65);
  });
});
