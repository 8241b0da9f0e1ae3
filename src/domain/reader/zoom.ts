// Pinch-zoom and pan for the full-screen diagram viewer, as pure math.
export interface View {
  scale: number;
  x: number;
  y: number;
}
export interface Point {
  x: number;
  y: number;
}

export const MIN_SCALE = 1;
export const MAX_SCALE = 8;

const clampScale = (s: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/** Zooms by `factor` keeping the content under `focus` where it is. */
export function zoomAt(view: View, factor: number, focus: Point): View {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: focus.x - (focus.x - view.x) * k, y: focus.y - (focus.y - view.y) * k };
}

export function pan(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** A two-finger gesture from (a0, b0) to (a1, b1): zoom by the change in distance, pan by the midpoint's move. */
export function pinch(view: View, a0: Point, b0: Point, a1: Point, b1: Point): View {
  const d0 = Math.hypot(b0.x - a0.x, b0.y - a0.y);
  const d1 = Math.hypot(b1.x - a1.x, b1.y - a1.y);
  const m0 = { x: (a0.x + b0.x) / 2, y: (a0.y + b0.y) / 2 };
  const m1 = { x: (a1.x + b1.x) / 2, y: (a1.y + b1.y) / 2 };
  const zoomed = d0 > 0 ? zoomAt(view, d1 / d0, m0) : view;
  return pan(zoomed, m1.x - m0.x, m1.y - m0.y);
}

export interface Size {
  width: number;
  height: number;
}
/** The picture's box on the stage at scale 1 (fitted, centred). */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where a picture of `natural` size sits when fitted inside `stage` (as an SVG's default `meet` does). */
export function fitted(stage: Size, natural: Size): Rect {
  const k = Math.min(stage.width / natural.width, stage.height / natural.height);
  const width = natural.width * k;
  const height = natural.height * k;
  return { left: (stage.width - width) / 2, top: (stage.height - height) / 2, width, height };
}

function clampAxis(offset: number, scale: number, start: number, length: number, stageLength: number): number {
  const size = length * scale;
  // Smaller than the stage: centred. Larger: no gap may open at either edge.
  if (size <= stageLength) return (stageLength - size) / 2 - start * scale;
  return Math.min(-start * scale, Math.max(stageLength - (start + length) * scale, offset));
}

/** Keeps the picture on the stage: every edge can be reached, none can be dragged away. */
export function clampView(view: View, stage: Size, picture: Rect): View {
  return {
    scale: view.scale,
    x: clampAxis(view.x, view.scale, picture.left, picture.width, stage.width),
    y: clampAxis(view.y, view.scale, picture.top, picture.height, stage.height),
  };
}

/**
 * The opening view: fitted when its text is readable so, else zoomed until
 * the text is `readablePx` (capped). It shows where such a diagram starts:
 * the left end of a wide one (left to right), the top middle of a tall one.
 * `textPx`: the text's size at scale 1.
 */
export function readableView(stage: Size, picture: Rect, textPx: number, readablePx: number): View {
  const scale = textPx > 0 ? clampScale(Math.min(readablePx / textPx, MAX_SCALE)) : MIN_SCALE;
  const x = picture.width > picture.height ? -picture.left * scale : stage.width / 2 - (picture.left + picture.width / 2) * scale;
  return clampView({ scale, x, y: -picture.top * scale }, stage, picture);
}
