import { chapters } from 'virtual:guide';
import { DOMAIN_NAMES, TASK_NAMES } from '../../domain/questions/blueprint';
import { MIN_ANSWERS, MIN_DOMAIN_ANSWERS } from '../../domain/coach/model';
import type { CoachData } from './coach-data';
import { DRILL_SIZE } from './drill';
import { useDrill } from './use-coach';
import { ForecastChart } from './ForecastChart';

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const chapterTitle = (id: string): string => chapters.find((c) => c.id === id)?.title ?? id;
/** A section's anchor as words ("iam-policy-evaluation" → "Iam policy evaluation"): the heading text is not in this chunk. */
const ACRONYMS = new Set(['iam', 'kms', 'api', 'sqs', 'sns', 'sts', 's3', 'ec2', 'vpc', 'sdk', 'cli', 'ci', 'cd', 'ecs', 'ecr', 'rds', 'sam', 'acm', 'ssm', 'jwt', 'http', 'tls', 'xray', 'cdk', 'ttl', 'arn']);
const anchorWords = (a: string): string => {
  const words = a.replace(/^(fact|mistake)-/, '').split('-').filter(Boolean).map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w));
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export function ForecastLine({ data }: { data: CoachData }) {
  const f = data.forecast;
  if (!f.ready) {
    return (
      <p data-testid="forecast-none">
        Answer {MIN_ANSWERS - f.answers} more question{MIN_ANSWERS - f.answers === 1 ? '' : 's'} you have not seen before and the coach forecasts your exam score.
      </p>
    );
  }
  return (
    <p class="forecast" data-testid="forecast">
      <strong class="big-number">{f.scaled.low}–{f.scaled.high}</strong>
      <span>most likely <strong>{f.scaled.likely}</strong> · 720 passes</span>
    </p>
  );
}

/** Progress tab: the forecast, per domain, where the points are, the drill and the trend. */
export function CoachSection({ data }: { data: CoachData }) {
  const f = data.forecast;
  const drill = useDrill(data);
  const exams = data.attempts.filter((a) => a.score && a.submittedAt !== null).map((a) => ({ at: a.submittedAt!, scaled: a.score!.scaled }));
  return (
    <section class="card coach" id="coach" aria-labelledby="coach-title">
      <h2 id="coach-title">Exam forecast</h2>
      <ForecastLine data={data} />
      {f.ready && (
        <>
          <p class="hint">
            Built from {f.answers} answers given on first sight (an answer given again after its explanation measures memory, not knowledge),
            recent ones counting more, weighted like the exam (32/26/24/18). An 80% range: AWS publishes no scoring formula, so this is the
            app’s own estimate on its linear scale.
          </p>
          {f.unjudged.length > 0 && (
            <p class="hint" data-testid="unjudged">
              Not judged yet (fewer than {MIN_DOMAIN_ANSWERS} answers): {f.unjudged.map((d) => `Domain ${d}`).join(', ')}. The forecast assumes your
              average there, so its range is wider.
            </p>
          )}
          <div class="table-scroll" role="region" tabIndex={0} aria-label="Forecast per domain">
            <table class="coach-domains">
              <thead>
                <tr><th scope="col">Domain</th><th scope="col">Estimate</th><th scope="col">Answers</th></tr>
              </thead>
              <tbody>
                {f.domains.map((d) => (
                  <tr key={d.domain}>
                    <th scope="row">{d.domain}. {DOMAIN_NAMES[d.domain]}</th>
                    <td>{d.judged ? <>{pct(d.mean)}<span class="hint block">{pct(d.low)}–{pct(d.high)}</span></> : <span class="hint">too few answers to judge</span>}</td>
                    <td>{d.answers}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Where the points are</h3>
          {data.ranked.length === 0 ? (
            <p class="hint">Nothing to improve that the coach can see yet.</p>
          ) : (
            <ol class="coach-tasks" data-testid="coach-tasks">
              {data.ranked.slice(0, 5).map((t) => {
                const sections = (data.sections.get(t.task) ?? []).slice(0, 2);
                return (
                  <li key={t.task} data-task={t.task}>
                    <strong>{t.task} {TASK_NAMES[t.task]}</strong>
                    <span class="block">
                      +{Math.round(t.gain)} points at stake · {t.correct} of {t.answers} right ({pct(t.correct / t.answers)}), estimate {pct(t.mean)}
                    </span>
                    {sections.length > 0 && (
                      <span class="block coach-links">
                        {sections.map((s) => (
                          <a key={`${s.chapter}#${s.anchor}`} href={`/read/${s.chapter}#${s.anchor}`}>{chapterTitle(s.chapter)}: {anchorWords(s.anchor)}</a>
                        ))}
                        <a href={`/review/cards?chapter=${encodeURIComponent(sections[0]!.chapter)}`}>Flashcards</a>
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          <p class="hint">Points at stake: the task’s share of the exam × how far it is below 85% × how sure the estimate is.</p>
          {data.ranked.some((t) => t.gain > 0) && (
            <button type="button" disabled={drill.busy} onClick={() => void drill.start()}>Drill my weakest ({DRILL_SIZE} questions)</button>
          )}
          <h3>Forecast trend</h3>
          <ForecastChart trend={data.trend} exams={exams} />
        </>
      )}
    </section>
  );
}
