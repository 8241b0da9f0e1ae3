import { useEffect, useRef, useState } from 'preact/hooks';
import { packs } from 'virtual:guide/packs';
import { examCountdown, planFor, thisWeek, type PlanKind } from '../../domain/plan/schedule';
import { countdownText, planLinks, type PlanLink } from '../../domain/study/progress-view';
import { isValidDay } from '../../domain/study/days';
import { putSetting } from '../../lib/db/settings';
import { describeStorageError } from '../../lib/db/errors';
import { showNotice } from '../../app/notices';
import { focusQuietly } from '../../app/route-focus';
import { dayFormat } from '../../lib/date-format';

const labelDay = dayFormat();
const packTitle = (id: string): string => packs.find((p) => p.id === id)?.title ?? id;

function Links({ links }: { links: PlanLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul class="plan-links">
      {links.map((l) => <li key={l.href}><a href={l.href}>{l.label}</a></li>)}
    </ul>
  );
}

interface Props {
  planKind: PlanKind;
  planStart: string;
  examDay: string;
  today: string;
  onSaved: () => Promise<void>;
}

export function PlanSection({ planKind, planStart, examDay, today, onSaved }: Props) {
  const [editing, setEditing] = useState(planStart === '');
  // The form goes away under the user's focus: to the saved week after Save, back to its button after Cancel.
  const focusNext = useRef<'week' | 'change' | null>(null);
  useEffect(() => {
    if (editing || !focusNext.current) return;
    focusQuietly(document.querySelector<HTMLElement>(focusNext.current === 'week' ? '#plan-week-title' : 'button.plan-change'));
    focusNext.current = null;
  });
  return (
    <>
      {planStart !== '' && <ThisWeekCard planKind={planKind} planStart={planStart} examDay={examDay} today={today} />}
      {editing ? (
        <PlanForm
          planKind={planKind}
          planStart={planStart || today}
          examDay={examDay}
          today={today}
          canCancel={planStart !== ''}
          onDone={async (saved) => {
            if (saved) await onSaved();
            focusNext.current = saved ? 'week' : 'change';
            setEditing(false);
          }}
        />
      ) : (
        <button type="button" class="quiet plan-change" onClick={() => setEditing(true)}>Change the plan</button>
      )}
    </>
  );
}

function ThisWeekCard({ planKind, planStart, examDay, today }: Omit<Props, 'onSaved'>) {
  const plan = planFor(planKind);
  const week = thisWeek(plan, planStart, today);
  const countdown = examDay ? examCountdown(examDay, today) : null;
  return (
    <section class="card plan-week" aria-labelledby="plan-week-title" data-testid="plan-week">
      <h2 id="plan-week-title">This week</h2>
      <p class="week-range">
        Week {week.week} of {week.weeks} · {labelDay(week.start)} – {labelDay(week.end)}
        {week.status === 'before' && ` · your plan starts on ${labelDay(planStart)}`}
        {week.status === 'after' && ' · your plan has ended'}
      </p>
      {countdown && <p class="countdown" data-testid="exam-countdown">{countdownText(countdown)}</p>}
      {week.blocks.map((b) => {
        const links = planLinks(b, packTitle);
        return (
          <div key={b.title} class="plan-block">
            <h3>{b.title}</h3>
            <dl class="plan-facts">
              <dt>Read</dt>
              <dd>{links.read.length > 0 ? <Links links={links.read} /> : b.read.text}</dd>
              <dt>{b.focus.label}</dt>
              <dd>{b.focus.text}</dd>
              <dt>Practice</dt>
              <dd>
                {b.practice.text}
                <Links links={links.practice} />
              </dd>
              <dt>Goal</dt>
              <dd>{b.goal.text}</dd>
            </dl>
          </div>
        );
      })}
      {planKind === '10' && <p class="hint">10-week plan: 1.5 weeks per domain chapter, as the guide suggests, plus a week of hands-on practice and review.</p>}
    </section>
  );
}

interface FormProps {
  planKind: PlanKind;
  planStart: string;
  examDay: string;
  today: string;
  canCancel: boolean;
  onDone: (saved: boolean) => Promise<void>;
}

function PlanForm(props: FormProps) {
  const [kind, setKind] = useState<PlanKind>(props.planKind);
  const [start, setStart] = useState(props.planStart);
  const [exam, setExam] = useState(props.examDay);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(e: Event): Promise<void> {
    e.preventDefault();
    if (saving) return;
    if (!isValidDay(start)) return setProblem('Choose the day your plan starts.');
    if (exam !== '' && !isValidDay(exam)) return setProblem('Choose a valid exam day, or leave it empty.');
    if (exam !== '' && exam < start) return setProblem('The exam day is before the plan starts. Choose a later exam day.');
    setSaving(true);
    setProblem(null);
    try {
      await putSetting('planKind', kind);
      await putSetting('planStart', start);
      await putSetting('examDay', exam);
      // Committed: now say so.
      showNotice({ tone: 'info', text: 'Plan saved' });
      await props.onDone(true);
    } catch (error) {
      setProblem(describeStorageError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="card form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="plan-form-title">
      <h2 id="plan-form-title">Study plan</h2>
      <fieldset>
        <legend>Plan length</legend>
        <label class="radio">
          <input type="radio" name="plan-kind" checked={kind === '8'} onChange={() => setKind('8')} />
          8 weeks (the guide’s schedule)
        </label>
        <label class="radio">
          <input type="radio" name="plan-kind" checked={kind === '10'} onChange={() => setKind('10')} />
          10 weeks
        </label>
        <p class="hint">The 10-week plan gives 1.5 weeks per domain chapter, as the guide suggests.</p>
      </fieldset>
      <label>
        Start date
        <input type="date" value={start} onInput={(e) => setStart(e.currentTarget.value)} required />
      </label>
      <label>
        Exam date (optional)
        <input type="date" value={exam} min={start} onInput={(e) => setExam(e.currentTarget.value)} />
      </label>
      {problem && <p role="alert" class="error">{problem}</p>}
      <div class="button-row">
        <button type="submit" aria-disabled={saving}>{saving ? 'Saving…' : 'Save plan'}</button>
        {props.canCancel && <button type="button" class="quiet" onClick={() => void props.onDone(false)}>Cancel</button>}
      </div>
    </form>
  );
}
