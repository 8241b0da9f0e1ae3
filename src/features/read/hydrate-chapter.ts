// The chapter HTML is static; stars and checkboxes get the user's state here.
import { listChecklist } from '../../lib/db/checklist';
import { listStars } from '../../lib/db/stars';

export async function hydrateChapter(chapterId: string, root: HTMLElement): Promise<void> {
  const [checks, stars] = await Promise.all([listChecklist(chapterId), listStars()]);
  const checked = new Map(checks.map((c) => [c.id, c.checked]));
  for (const box of root.querySelectorAll<HTMLInputElement>('input.guide-check')) {
    box.checked = checked.get(box.dataset.check ?? '') ?? false;
  }
  const starred = new Set(stars.map((s) => s.id));
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.star')) {
    button.setAttribute('aria-pressed', String(starred.has(button.dataset.star ?? '')));
  }
}
