import { foldText } from '../../../domain/text';
import type { MessageKey, Params } from '../../../i18n';

/** A cell's text read as a field value, or why it cannot be. */
export type Parsed<P> = { patch: P } | { problem: MessageKey; params?: Params };

export interface Choice {
  value: string;
  label: string;
}

/** Folded values and labels of a list of choices, kept while the list is (see choiceField). */
const folded = new WeakMap<readonly Choice[], { byValue: Map<string, Choice>; byLabel: Map<string, Choice> }>();

/** A choice written as its stored value, or its label in the language shown. */
export function pickChoice(choices: readonly Choice[], text: string): Choice | undefined {
  let found = folded.get(choices);
  if (!found) {
    found = { byValue: new Map(), byLabel: new Map() };
    // The first of equal folds wins, as a search from the start would find it.
    for (const c of choices) {
      const v = foldText(c.value);
      const l = foldText(c.label);
      if (!found.byValue.has(v)) found.byValue.set(v, c);
      if (!found.byLabel.has(l)) found.byLabel.set(l, c);
    }
    folded.set(choices, found);
  }
  const t = foldText(text);
  return found.byValue.get(t) ?? found.byLabel.get(t);
}
