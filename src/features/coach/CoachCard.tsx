import { TASK_NAMES } from '../../domain/questions/blueprint';
import type { CoachData } from './coach-data';
import { DRILL_SIZE } from './drill';
import { useDrill } from './use-coach';
import { ForecastLine } from './CoachSection';

/** Practice tab: the forecast in brief and "Drill my weakest". */
export function CoachCard({ data }: { data: CoachData }) {
  const drill = useDrill(data);
  const top = data.ranked.filter((t) => t.gain > 0).slice(0, 3);
  return (
    <section class="card coach-card" aria-labelledby="coach-card-title">
      <h2 id="coach-card-title">Exam forecast</h2>
      <ForecastLine data={data} />
      {top.length > 0 && <p class="hint">Most points at stake: {top.map((t) => `${t.task} ${TASK_NAMES[t.task]}`).join('; ')}.</p>}
      <div class="button-row">
        {top.length > 0 && <button type="button" disabled={drill.busy} onClick={() => void drill.start()}>Drill my weakest ({DRILL_SIZE})</button>}
        {data.forecast.ready && <a class="button quiet-link" href="/progress#coach">How it is worked out</a>}
      </div>
    </section>
  );
}
