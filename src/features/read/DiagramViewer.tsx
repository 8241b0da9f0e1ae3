import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clampView, fitted, pan, pinch, readableView, zoomAt, type Point, type Rect, type Size, type View } from '../../domain/reader/zoom';
import { useBackCloses } from '../../app/use-back-closes';

const IDENTITY: View = { scale: 1, x: 0, y: 0 };
/** Labels this size are readable on a phone held at reading distance. */
const READABLE_PX = 14;
/** One arrow press moves this share of the screen. */
const KEY_STEP = 0.2;

interface Geometry {
  stage: Size;
  picture: Rect;
  /** The diagram's label size at scale 1, in screen pixels. */
  textPx: number;
}

/** The SVG's drawn box and its labels' size when fitted to the stage. */
function measure(stageEl: HTMLElement): Geometry {
  const r = stageEl.getBoundingClientRect();
  const stage = { width: r.width, height: r.height };
  const svg = stageEl.querySelector('svg');
  const box = svg?.viewBox.baseVal;
  const natural = box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : stage;
  const picture = fitted(stage, natural);
  const label = svg?.querySelector('text, foreignObject span, foreignObject div');
  const fontPx = label ? parseFloat(getComputedStyle(label).fontSize) : 0;
  return { stage, picture, textPx: fontPx * (picture.width / natural.width) };
}

/** Full-screen diagram: opens readable, pinch/wheel/buttons/keys zoom, drag and arrow keys pan; Back closes it. */
export function DiagramViewer({ svg, caption, onClose }: { svg: string; caption: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const geometry = useRef<Geometry | null>(null);
  const [view, setView] = useState<View>(IDENTITY);
  const pointers = useRef(new Map<number, Point>());

  // Closing the dialog (rather than just removing it) gives focus back to the button that opened it.
  useBackCloses(
    true,
    () => (dialog.current?.open ? dialog.current.close() : onClose()),
    () => dialog.current?.open !== false,
  );

  useLayoutEffect(() => {
    dialog.current?.showModal();
    const g = measure(stage.current!);
    geometry.current = g;
    setView(readableView(g.stage, g.picture, g.textPx, READABLE_PX));
    stage.current!.focus();
  }, []);

  useEffect(() => {
    // A turned phone: keep the picture on the new stage.
    const onResize = (): void => {
      if (!stage.current) return;
      geometry.current = measure(stage.current);
      change((v) => v);
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  /** Every change keeps the picture on the stage (each edge reachable, none draggable away). */
  const change = (f: (v: View) => View): void =>
    setView((v) => {
      const g = geometry.current;
      const next = f(v);
      return g ? clampView(next, g.stage, g.picture) : next;
    });

  const local = (e: { clientX: number; clientY: number }): Point => {
    const r = stage.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const center = (): Point => {
    const r = stage.current!.getBoundingClientRect();
    return { x: r.width / 2, y: r.height / 2 };
  };
  const reset = (): void => {
    const g = geometry.current;
    setView(g ? clampView(IDENTITY, g.stage, g.picture) : IDENTITY);
  };

  function onPointerMove(e: PointerEvent): void {
    const map = pointers.current;
    const prev = map.get(e.pointerId);
    if (!prev) return;
    const next = local(e);
    if (map.size === 1) {
      change((v) => pan(v, next.x - prev.x, next.y - prev.y));
    } else if (map.size === 2) {
      const other = [...map.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (other) change((v) => pinch(v, prev, other, next, other));
    }
    map.set(e.pointerId, next);
  }

  function onKeyDown(e: KeyboardEvent): void {
    const r = stage.current!.getBoundingClientRect();
    const dx = r.width * KEY_STEP;
    const dy = r.height * KEY_STEP;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => change((v) => pan(v, dx, 0)),
      ArrowRight: () => change((v) => pan(v, -dx, 0)),
      ArrowUp: () => change((v) => pan(v, 0, dy)),
      ArrowDown: () => change((v) => pan(v, 0, -dy)),
      '+': () => change((v) => zoomAt(v, 1.5, center())),
      '=': () => change((v) => zoomAt(v, 1.5, center())),
      '-': () => change((v) => zoomAt(v, 1 / 1.5, center())),
      '0': reset,
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  }

  return (
    <dialog ref={dialog} class="diagram-dialog" aria-label={`Diagram: ${caption}`} onClose={onClose}>
      <div class="diagram-toolbar">
        <p class="diagram-caption">{caption}</p>
        <button type="button" aria-label="Zoom in" onClick={() => change((v) => zoomAt(v, 1.5, center()))}>+</button>
        <button type="button" aria-label="Zoom out" onClick={() => change((v) => zoomAt(v, 1 / 1.5, center()))}>−</button>
        <button type="button" onClick={reset}>Fit</button>
        <button type="button" onClick={() => dialog.current?.close()}>Close</button>
      </div>
      <div
        ref={stage}
        class="diagram-stage"
        tabIndex={0}
        role="group"
        aria-roledescription="zoomable diagram"
        aria-label={`${caption}. Arrow keys move it, plus and minus zoom, 0 fits it to the screen.`}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
          pointers.current.set(e.pointerId, local(e));
        }}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => pointers.current.delete(e.pointerId)}
        onPointerCancel={(e) => pointers.current.delete(e.pointerId)}
        onWheel={(e) => {
          e.preventDefault();
          change((v) => zoomAt(v, e.deltaY < 0 ? 1.2 : 1 / 1.2, local(e)));
        }}
        onDblClick={reset}
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
