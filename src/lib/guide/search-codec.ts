// The guide's search index in a compact form (issue 13). MiniSearch's own JSON
// spells every posting as {"docId":tf} under every term; here doc ids are
// delta-coded in base 36 (sorted, so the steps are small and repeat), terms
// sorted and front-coded, a term
// frequency of 1 is left out, and the section ids are listed once (their
// headings beside them, not keyed by id a second time). About 60% of the gzip
// bytes (two thirds fewer characters), so less to precache and to parse on a cold start. The build encodes (scripts/content),
// the app decodes into MiniSearch's own serialised form.
import type { AsPlainObject } from 'minisearch';

export interface CompactSearchIndex {
  /** Section ids (chapterId#anchor); a section's place here is its MiniSearch short id. */
  ids: string[];
  /** Each section's heading, in the same order. */
  headings: string[];
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Per section, its length in each field (fieldIds order), flattened. */
  fieldLength: number[];
  /**
   * Every term, sorted, '\n'-separated, front-coded: one base-36 digit (how
   * many leading characters it shares with the term before, at most 35), then the rest.
   */
  terms: string;
  /**
   * One line per term: its fields separated by '|', each `field:` then the
   * section ids as base-36 steps from the previous one, `*tf` after a step when tf > 1.
   */
  postings: string;
}

type Serialised = AsPlainObject;

export function encodeSearchIndex(json: Serialised, headingOf: (id: string) => string): CompactSearchIndex {
  const fields = Object.keys(json.fieldIds).length;
  const ids: string[] = [];
  for (let i = 0; i < json.nextId; i++) {
    const id = json.documentIds[i];
    if (id === undefined) throw new Error(`search index: short id ${i} is missing (the index must be built without removals)`);
    ids.push(String(id));
  }
  const fieldLength = ids.flatMap((_, i) => {
    const lengths = json.fieldLength[i] ?? [];
    return Array.from({ length: fields }, (_, f) => lengths[f] ?? 0);
  });
  const terms: string[] = [];
  const postings: string[] = [];
  let previous = '';
  for (const [term, data] of [...json.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (term.includes('\n')) throw new Error(`search index: term ${JSON.stringify(term)} holds a line break`);
    let shared = 0;
    while (shared < 35 && shared < term.length && term[shared] === previous[shared]) shared++;
    terms.push(shared.toString(36) + term.slice(shared));
    previous = term;
    postings.push(
      Object.entries(data)
        .map(([field, docs]) => {
          let last = 0;
          const steps = Object.entries(docs as Record<string, number>)
            .map(([d, tf]) => [Number(d), tf] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([d, tf]) => {
              const step = (d - last).toString(36);
              last = d;
              return tf === 1 ? step : `${step}*${tf.toString(36)}`;
            });
          return `${field}:${steps.join(',')}`;
        })
        .join('|'),
    );
  }
  return {
    ids,
    headings: ids.map(headingOf),
    fieldIds: json.fieldIds,
    averageFieldLength: json.averageFieldLength,
    fieldLength,
    terms: terms.join('\n'),
    postings: postings.join('\n'),
  };
}

/** MiniSearch's serialised form of a compact index (for MiniSearch.loadJS). */
export function decodeSearchIndex(c: CompactSearchIndex): Serialised {
  const fields = Object.keys(c.fieldIds).length;
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  c.ids.forEach((id, i) => {
    documentIds[i] = id;
    fieldLength[i] = c.fieldLength.slice(i * fields, (i + 1) * fields);
  });
  let previous = '';
  const terms = c.terms.split('\n').map((line) => (previous = previous.slice(0, parseInt(line[0]!, 36)) + line.slice(1)));
  const lines = c.postings.split('\n');
  if (terms.length !== lines.length) throw new Error(`search index: ${terms.length} terms but ${lines.length} posting lines`);
  const index: Serialised['index'] = terms.map((term, t) => {
    const data: Record<string, Record<string, number>> = {};
    for (const part of lines[t]!.split('|')) {
      const colon = part.indexOf(':');
      const docs: Record<string, number> = {};
      let doc = 0;
      for (const step of part.slice(colon + 1).split(',')) {
        const star = step.indexOf('*');
        doc += parseInt(star < 0 ? step : step.slice(0, star), 36);
        docs[doc] = star < 0 ? 1 : parseInt(step.slice(star + 1), 36);
      }
      data[part.slice(0, colon)] = docs;
    }
    return [term, data];
  });
  return {
    documentCount: c.ids.length,
    nextId: c.ids.length,
    documentIds,
    fieldIds: c.fieldIds,
    fieldLength,
    averageFieldLength: c.averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}
