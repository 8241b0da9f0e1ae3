import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import { CHAPTER_TOP } from '../../domain/questions/own-pack';
import type { OptionId } from '../../domain/questions/schema';
import type { PlayableQuestion as Question } from '../../domain/questions/playable';
import { chapters } from 'virtual:guide';
import { ReportProblem } from './ReportProblem';
import { RichText } from './RichText';
import { letterAt, optionsInOrder } from '../../domain/practice/shuffle';

const chapterTitle = (id: string): string => {
  const c = chapters.find((x) => x.id === id);
  return c ? (c.label ? `${c.label}: ${c.title}` : c.title) : id;
};

interface Props {
  question: Question;
  number: number;
  total: number;
  selected: readonly OptionId[];
  /**
   * A tap. The native control shows it at once (the inputs are uncontrolled);
   * the screen writes the answer, then renders from the committed state.
   * `tappedAt` is the event's timestamp, for the tap-to-durable benchmark.
   */
  onToggle?: (option: OptionId, tappedAt: number, input: HTMLInputElement) => 'refused' | void;
  /** Show the key and every explanation (practice after Check, results review). */
  reveal: boolean;
  /** Bump to re-create the inputs from `selected` (after a failed write). */
  resetKey?: number;
  /** The stem's heading level: 2 on a question screen, 3 in a list under its own h2 (results). */
  level?: 2 | 3;
  /** The stem heading, for the screen to focus when the question changes. */
  stemRef?: Ref<HTMLElement>;
  /** Shown between the stem and the options, where the eye lands after Check (the verdict). */
  children?: ComponentChildren;
  /** The sitting's option order (its `shuffleSeed`); absent: as written. */
  shuffleSeed?: string;
}

export function QuestionView({ question, number, total, selected, onToggle, reveal, resetKey, level = 2, stemRef, children, shuffleSeed }: Props) {
  // "Choose TWO": a refused third tick says why, in the hint the options point to.
  const [refused, setRefused] = useState<string | null>(null);
  if (refused !== null && refused !== question.id) setRefused(null);
  const multiple = question.type === 'multiple';
  const key = new Set(question.answer);
  const name = `q-${question.id}`;
  // Built-in text is plain text; an imported question's is Markdown, sanitised.
  const show = (text: string, inline = false) => (question.markdown ? <RichText text={text} inline={inline} /> : text);
  // An imported pack's explanations may name options by letter ("B is right"): its options keep their order.
  const options = optionsInOrder(question.options, question.id, shuffleSeed && !question.markdown ? shuffleSeed : null);
  const stemId = `stem-${question.id}`;
  const hintId = `hint-${question.id}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  const mapping = [question.domain !== null && `Domain ${question.domain}`, question.task !== null && `Task ${question.task}`].filter(Boolean);
  return (
    <div class="question">
      <p class="question-meta">
        Question {number} of {total}
        {mapping.length > 0 && ` · ${mapping.join(' · ')}`}
      </p>
      {/* Built-in stems are plain text (a real heading); an imported one may hold a code block. */}
      {question.markdown ? (
        <div class="stem" role="heading" aria-level={level} id={stemId} tabIndex={-1} ref={stemRef as Ref<HTMLDivElement>}>{show(question.stem)}</div>
      ) : (
        <Heading class="stem" id={stemId} tabIndex={-1} ref={stemRef as Ref<HTMLHeadingElement>}>{question.stem}</Heading>
      )}
      {multiple && !reveal && (
        <p class="hint" id={hintId} aria-live="polite">
          Select {question.choose}. {selected.length} selected.
          {refused === question.id && <strong> Only {question.choose} can be chosen: untick one to pick another.</strong>}
        </p>
      )}
      {children}
      <fieldset class="options" disabled={!onToggle} key={`${question.id}-${reveal}-${resetKey ?? 0}`} aria-labelledby={stemId} aria-describedby={multiple && !reveal ? hintId : undefined}>
        {options.map((o, place) => {
          const isSelected = selected.includes(o.id);
          const state = reveal ? (key.has(o.id) ? 'correct' : isSelected ? 'wrong' : '') : '';
          return (
            <div key={o.id} class={`option ${isSelected ? 'selected' : ''} ${state}`}>
              <label>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={name}
                  value={o.id}
                  defaultChecked={isSelected}
                  onChange={(e) => {
                    const outcome = onToggle?.(o.id, e.timeStamp, e.currentTarget);
                    setRefused(outcome === 'refused' ? question.id : null);
                  }}
                />
                <span class="option-letter">{letterAt(place)}.</span>
                <span>{show(o.text, true)}</span>
              </label>
              {reveal && (
                <p class="explanation">
                  {isSelected && <strong class="your-choice">Your choice. </strong>}
                  {/^(Correct|Wrong|Incorrect)\b/.test(question.explanations[o.id] ?? '') ? null : <strong>{key.has(o.id) ? 'Correct. ' : 'Wrong. '}</strong>}
                  {show(question.explanations[o.id] ?? '', true)}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      {reveal && (
        <div class="takeaway">
          {question.takeaway && <div class="takeaway-text"><strong>{question.markdown ? 'Explanation: ' : 'Takeaway: '}</strong>{show(question.takeaway)}</div>}
          {question.guide && (
            <p>
              {question.guide.anchor === CHAPTER_TOP ? (
                <>
                  <a href={`/read/${question.guide.chapter}`}>Read the chapter in the guide</a>
                  <span class="muted"> · {chapterTitle(question.guide.chapter)} (the pack's section link was not found in this guide)</span>
                </>
              ) : (
                <>
                  <a href={`/read/${question.guide.chapter}#${question.guide.anchor}`}>Read this in the guide</a>
                  <span class="muted"> · {chapterTitle(question.guide.chapter)}</span>
                </>
              )}
            </p>
          )}
          {question.updates?.map((u) => (
            <p key={u.id} class="question-update">
              <a href={`/read/${u.chapter}#erratum-${u.id}`}>What changed: “{u.quote}”</a>
              <span class="muted"> · {chapterTitle(u.chapter)}</span>
            </p>
          ))}
          <ReportProblem questionId={question.id} />
        </div>
      )}
    </div>
  );
}
