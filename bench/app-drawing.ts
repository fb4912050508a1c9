// The app's own elements and stylesheet for a map file, given to plain Cytoscape in the bench's
// bare page (plain.mjs): what Cytoscape alone needs to draw a map as the app shows it.
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { edgeDefinition, nodeDefinition } from '../src/canvas/elements';
import { stylesheetFor } from '../src/canvas/stylesheet';
import { restore } from '../src/io/restore';

export function appDrawing(text: string): { elements: ElementDefinition[]; style: StylesheetJson } {
  const result = restore(text, 'bench.json');
  if (!result.ok) throw new Error(`the bench map was refused: ${result.problems.map((p) => p.key).join(', ')}`);
  const doc = result.value;
  const types = new Map(doc.actorTypes.map((t) => [t.key, t]));
  return {
    elements: [...doc.actors.map((a) => nodeDefinition(a, types)), ...doc.relationships.map((r) => edgeDefinition(r, doc.framework))],
    style: stylesheetFor('medium'),
  };
}
