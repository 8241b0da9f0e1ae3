import { COMPLETION_CHECKLIST, COMPLETION_ITEMS, completionProgress, type ItemTick } from '../../domain/study/completion';
import { useChecklistTicks } from './use-checklist-ticks';

interface Props {
  ticks: Record<string, ItemTick>;
  onChanged: () => Promise<void>;
}

/** The guide's Chapter Completion Checklist: ticked by the app where it knows, by hand otherwise. */
export function ChecklistSection({ ticks, onChanged }: Props) {
  const { pending, tick: toggle } = useChecklistTicks(onChanged);
  const { done, total } = completionProgress(ticks, COMPLETION_ITEMS);

  return (
    <section class="card" aria-labelledby="completion-title">
      <h2 id="completion-title">Chapter Completion Checklist</h2>
      <p class="hint" data-testid="completion-count">{done} of {total} done. Items marked “done in the app” tick themselves when you mark a chapter read or reach a pack’s target.</p>
      {COMPLETION_CHECKLIST.map((g) => (
        <fieldset key={g.title} class="checklist-group">
          <legend>{g.title}</legend>
          <ul class="plain-list">
            {g.items.map((item) => {
              const tick = ticks[item.id];
              if (tick?.by === 'auto') {
                return (
                  <li key={item.id} class="check-item auto-done">
                    <span class="tick" aria-hidden="true">✓</span>
                    <span>{item.text} <span class="badge">done in the app</span></span>
                  </li>
                );
              }
              return (
                <li key={item.id} class="check-item">
                  <label>
                    <input
                      type="checkbox"
                      checked={pending[item.id] ?? tick?.checked ?? false}
                      onChange={(e) => void toggle(item.id, e.currentTarget.checked)}
                    />
                    <span>{item.text}</span>
                  </label>
                  {item.chapterId && (
                    <a class="check-link" href={item.anchor ? `/read/${item.chapterId}#${item.anchor}` : `/read/${item.chapterId}`} aria-label={`Open: ${item.text}, ${g.title.replace(/ \(.*\)$/, '')}`}>
                      Open
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
