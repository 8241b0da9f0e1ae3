export function ReadScreen() {
  return (
    <section class="screen">
      <h2>Study guide</h2>
      <p>The guide’s ten chapters and 25 diagrams arrive soon, readable offline.</p>
    </section>
  );
}
