/** Messages shown while a large map is drawn in slices. */
export const canvasDrawingEn = {
  'canvas.drawing': 'Drawing the map… {done} of {total} elements',
  'canvas.drawingProgress': 'Drawing the map',
} as const;
