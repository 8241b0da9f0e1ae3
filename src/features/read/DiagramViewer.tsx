import { useEffect, useRef, useState } from 'preact/hooks';
import { pan, pinch, zoomAt, type Point, type View } from '../../domain/reader/zoom';

const IDENTITY: View = { scale: 1, x: 0, y: 0 };

/** Full-screen diagram with pinch-zoom, pan, wheel zoom and buttons. */
export function DiagramViewer({ svg, caption, onClose }: { svg: string; caption: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>(IDENTITY);
  const pointers = useRef(new Map<number, Point>());

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const local = (e: { clientX: number; clientY: number }): Point => {
    const r = stage.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const center = (): Point => {
    const r = stage.current!.getBoundingClientRect();
    return { x: r.width / 2, y: r.height / 2 };
  };

  function onPointerMove(e: PointerEvent): void {
    const map = pointers.current;
    const prev = map.get(e.pointerId);
    if (!prev) return;
    const next = local(e);
    if (map.size === 1) {
      setView((v) => pan(v, next.x - prev.x, next.y - prev.y));
    } else if (map.size === 2) {
      const other = [...map.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (other) setView((v) => pinch(v, prev, other, next, other));
    }
    map.set(e.pointerId, next);
  }

  return (
    <dialog ref={dialog} class="diagram-dialog" aria-label={`Diagram: ${caption}`} onClose={onClose}>
      <div class="diagram-toolbar">
        <p class="diagram-caption">{caption}</p>
        <button type="button" aria-label="Zoom in" onClick={() => setView((v) => zoomAt(v, 1.5, center()))}>+</button>
        <button type="button" aria-label="Zoom out" onClick={() => setView((v) => zoomAt(v, 1 / 1.5, center()))}>−</button>
        <button type="button" onClick={() => setView(IDENTITY)}>Reset</button>
        <button type="button" onClick={() => dialog.current?.close()}>Close</button>
      </div>
      <div
        ref={stage}
        class="diagram-stage"
        onPointerDown={(e) => {
          (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
          pointers.current.set(e.pointerId, local(e));
        }}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => pointers.current.delete(e.pointerId)}
        onPointerCancel={(e) => pointers.current.delete(e.pointerId)}
        onWheel={(e) => {
          e.preventDefault();
          setView((v) => zoomAt(v, e.deltaY < 0 ? 1.2 : 1 / 1.2, local(e)));
        }}
        onDblClick={() => setView(IDENTITY)}
      >
        <div
          class="diagram-canvas"
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </div>
    </dialog>
  );
}
