import { describe, expect, it } from 'vitest';
import { clampView, fitted, pan, readableView } from '../../../src/domain/reader/zoom';

const stage = { width: 390, height: 700 };
// A wide diagram: 1200 × 600 fits as 390 × 195, centred vertically.
const picture = fitted(stage, { width: 1200, height: 600 });

describe('diagram viewer', () => {
  it('fits a picture like an SVG does', () => {
    expect(picture).toEqual({ left: 0, top: 252.5, width: 390, height: 195 });
  });

  it('opens a wide diagram zoomed to readable text at its top-left corner', () => {
    const text = 16 * (390 / 1200); // 5.2 px when fitted
    const view = readableView(stage, picture, text, 14);
    expect(view.scale).toBeCloseTo(14 / text);
    expect(view.x).toBeCloseTo(0);
    // Taller than the stage once zoomed (195 × 2.7 = 525 < 700): centred vertically.
    expect(view.y + picture.top * view.scale + (picture.height * view.scale) / 2).toBeCloseTo(350);
    // A tall one opens at its top middle.
    const tall = fitted(stage, { width: 600, height: 1400 });
    const t = readableView(stage, tall, 4, 14);
    expect(t.x + (tall.left + tall.width / 2) * t.scale).toBeCloseTo(stage.width / 2);
    expect(t.y + tall.top * t.scale).toBeCloseTo(0);
    // Readable already: stays fitted.
    expect(readableView(stage, picture, 16, 14)).toEqual({ scale: 1, x: 0, y: 0 });
  });

  it('pans to every edge and no further', () => {
    const zoomed = { scale: 4, x: 0, y: 0 };
    const farRight = clampView(pan(zoomed, -1e6, -1e6), stage, picture);
    // The picture's right and bottom edges meet the stage's.
    expect(farRight.x + (picture.left + picture.width) * 4).toBeCloseTo(stage.width);
    expect(farRight.y + (picture.top + picture.height) * 4).toBeCloseTo(stage.height);
    const farLeft = clampView(pan(zoomed, 1e6, 1e6), stage, picture);
    expect(farLeft.x + picture.left * 4).toBeCloseTo(0);
    expect(farLeft.y + picture.top * 4).toBeCloseTo(0);
  });
});
