// Inserts each diagram's SVG when its frame nears the screen.
export function insertDiagram(frame: HTMLElement, load: (() => Promise<string>) | undefined): Promise<void> {
  if (frame.firstElementChild || !load) return Promise.resolve();
  return load().then((svg) => {
    if (!frame.firstElementChild) frame.innerHTML = svg;
  });
}

export function watchDiagrams(root: HTMLElement, loaders: Record<string, () => Promise<string>>): () => void {
  const frames = [...root.querySelectorAll<HTMLElement>('.diagram-frame')];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const frame = entry.target as HTMLElement;
        observer.unobserve(frame);
        void insertDiagram(frame, loaders[frame.dataset.diagram ?? '']);
      }
    },
    { rootMargin: '1200px 0px' },
  );
  frames.forEach((f) => observer.observe(f));
  return () => observer.disconnect();
}
