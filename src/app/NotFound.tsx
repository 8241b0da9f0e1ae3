export default function NotFound() {
  return (
    <section class="screen">
      <h2>This page does not exist</h2>
      <p>The link may be from an older version of the app.</p>
      <p><a class="button" href="/read">Go to the guide</a></p>
    </section>
  );
}
