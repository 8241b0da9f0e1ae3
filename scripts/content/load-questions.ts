// Question packs at build time: every file validated with the same valibot
// schema the app will use for imported packs. Errors name the file and the question.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { QuestionSchema, type Question } from '../../src/domain/questions/schema.ts';
import { bundlePool, plannedSize, resolvePack, type PackMeta } from '../../src/domain/questions/packs.ts';
import { PackFileSchema } from '../../src/domain/questions/pack-schema.ts';
import { ContentError } from './content-error.ts';
import { OWN_PREFIX } from '../../src/domain/questions/own-pack.ts';

const lineOf = (text: string, needle: string): number => Math.max(1, text.slice(0, Math.max(0, text.indexOf(needle))).split('\n').length);

export function loadQuestions(root: string): Question[] {
  const dir = join(root, 'content/questions');
  const questions: Question[] = [];
  const seen = new Map<string, string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const file = `content/questions/${f}`;
    const text = readFileSync(join(dir, f), 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new ContentError(file, 1, `not valid JSON: ${(e as Error).message}`);
    }
    const list = (data as { questions?: unknown }).questions;
    if (!Array.isArray(list)) throw new ContentError(file, 1, 'expected { "questions": [ … ] }');
    for (const raw of list) {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : '(no id)';
      const result = v.safeParse(QuestionSchema, raw);
      if (!result.success) {
        const problems = result.issues.map((i) => `${v.getDotPath(i) ?? '(question)'}: ${i.message}`).join('; ');
        throw new ContentError(file, lineOf(text, `"${id}"`), `question ${id}: ${problems}`);
      }
      if (id.startsWith(OWN_PREFIX)) throw new ContentError(file, lineOf(text, `"${id}"`), `question ${id}: ids starting "${OWN_PREFIX}" are kept for imported packs`);
      const other = seen.get(id);
      if (other) throw new ContentError(file, lineOf(text, `"${id}"`), `question ${id}: id already used in ${other}`);
      seen.set(id, file);
      questions.push(result.output);
    }
  }
  return questions;
}

export function loadPacks(root: string, questions: readonly Question[]): PackMeta[] {
  const file = 'content/packs.json';
  const text = readFileSync(join(root, file), 'utf8');
  const result = v.safeParse(PackFileSchema, JSON.parse(text));
  if (!result.success) {
    const issue = result.issues[0]!;
    throw new ContentError(file, 1, `${v.getDotPath(issue) ?? ''}: ${issue.message}`);
  }
  const ids = new Set<string>();
  const pool = bundlePool(result.output.packs, questions);
  return result.output.packs.map((p) => {
    if (p.id.startsWith(OWN_PREFIX)) throw new ContentError(file, lineOf(text, `"${p.id}"`), `pack id ${p.id}: ids starting "${OWN_PREFIX}" are kept for imported packs`);
    if (ids.has(p.id)) throw new ContentError(file, lineOf(text, `"${p.id}"`), `pack id ${p.id} is used twice`);
    ids.add(p.id);
    const questionIds = resolvePack(p, p.tags ? pool : questions).map((q) => q.id);
    return { ...p, questionCount: questionIds.length, plannedCount: plannedSize(p), questionIds };
  });
}
