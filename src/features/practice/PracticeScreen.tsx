export default function PracticeScreen() {
  return (
    <section class="screen">
      <h2>Practice</h2>
      <p>Practice packs arrive soon: domain bundles, topic bundles and three full practice tests.</p>
    </section>
  );
}
