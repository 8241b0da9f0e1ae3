/** An exam id with no stored attempt: a link, a deleted pack, another tab's delete. */
export function ExamNotFound() {
  return (
    <section class="screen">
      <h2>Exam not found</h2>
      <p>This exam is no longer on this device. An exam that was still running is removed with its pack when the pack is deleted (maybe in another tab); finished exams stay in your score history.</p>
      <p><a class="button" href="/practice">Choose a pack</a></p>
    </section>
  );
}
