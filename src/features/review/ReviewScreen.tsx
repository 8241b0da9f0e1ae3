export default function ReviewScreen() {
  return (
    <section class="screen">
      <h2>Review</h2>
      <p>Flagged and missed questions, starred facts and flashcards will collect here once practice packs arrive.</p>
    </section>
  );
}
