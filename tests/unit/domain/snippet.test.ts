import { describe, expect, it } from 'vitest';
import { snippetParts, type SnippetPart } from '../../../src/domain/search/snippet';

const marked = (parts: SnippetPart[]): string[] => parts.filter((p) => p.mark).map((p) => p.text);
const whole = (parts: SnippetPart[]): string => parts.map((p) => p.text).join('');

describe('snippetParts', () => {
  const text = 'Use long polling to reduce empty responses. Visibility timeout: when a consumer receives a message, it becomes invisible. The timeout is 30 seconds by default; a visibility change extends it.';

  it('marks the whole phrase where the text has it, every time it comes in the window', () => {
    const parts = snippetParts(text, 'visibility timeout', ['visibility', 'timeout'], 200);
    expect(marked(parts)).toEqual(['Visibility timeout']);
    expect(whole(parts)).toBe(text);
  });

  it('marks each word (and each matched term) when the phrase is not there', () => {
    const parts = snippetParts(text, 'timeout visibility', ['timeout', 'visibility'], 200);
    expect(marked(parts)).toEqual(['Visibility', 'timeout', 'timeout', 'visibility']);
    // A fuzzy or prefix term the index matched is marked though it was not typed.
    expect(marked(snippetParts(text, 'invisble', ['invisible'], 200))).toEqual(['invisible']);
  });

  it('cuts the text around the first match, with an ellipsis on each cut side, keeping the text in order', () => {
    const long = `${'a'.repeat(300)} visibility timeout ${'b'.repeat(300)}`;
    const parts = snippetParts(long, 'visibility timeout', [], 20);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts[parts.length - 1]).toEqual({ text: '…', mark: false });
    expect(marked(parts)).toEqual(['visibility timeout']);
    expect(long).toContain(parts.slice(1, -1).map((p) => p.text).join(''));
  });

  it("shows a match the window's edge would cut whole, and marked", () => {
    const parts = snippetParts('Lambda: explain the execution model and concurrency limits in detail', 'lambda concurrency', [], 40);
    expect(marked(parts)).toEqual(['Lambda', 'concurrency']);
    expect(parts[parts.length - 2]).toEqual({ text: 'concurrency', mark: true });
    expect(parts[parts.length - 1]).toEqual({ text: '…', mark: false });
  });

  it('marks a word once where two needles overlap, and never a one-letter word', () => {
    const parts = snippetParts('Amazon SQS queues and SQS FIFO', 'sqs s', ['sqs', 'sq'], 200);
    expect(marked(parts)).toEqual(['SQS', 'SQS']);
    expect(whole(parts)).toBe('Amazon SQS queues and SQS FIFO');
  });

  it('shows the opening, unmarked, when nothing matches, and nothing for no text', () => {
    expect(snippetParts('x'.repeat(200), 'lambda', ['lambda'], 80)).toEqual([{ text: `${'x'.repeat(160)}…`, mark: false }]);
    expect(snippetParts('', 'lambda', ['lambda'])).toEqual([]);
  });
});
