import type { canvasDrawingEn } from '../canvasDrawing';

export const canvasDrawingEs: Record<keyof typeof canvasDrawingEn, string> = {
  'canvas.drawing': 'Dibujando el mapa… {done} de {total} elementos',
  'canvas.drawingProgress': 'Dibujando el mapa',
};
