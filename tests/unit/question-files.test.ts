import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { QuestionFileSchema } from '../../src/domain/questions/schema';

const dir = join(import.meta.dirname, '../../content/questions');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('question files', () => {
  it.each(files)('%s matches the question schema', (file) => {
    const data: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const result = v.safeParse(QuestionFileSchema, data);
    const problems = result.issues?.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`) ?? [];
    expect(problems).toEqual([]);
  });

  it('ids are unique across all files', () => {
    const ids = files.flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { questions: { id: string }[] }).questions.map((q) => q.id));
    expect(ids.length).toBe(new Set(ids).size);
  });
});
