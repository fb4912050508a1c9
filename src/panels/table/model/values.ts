import { foldText } from '../../../domain/text';
import type { MessageKey, Params } from '../../../i18n';

/** A cell's text read as a field value, or why it cannot be. */
export type Parsed<P> = { patch: P } | { problem: MessageKey; params?: Params };

export interface Choice {
  value: string;
  label: string;
}

/** A choice written as its stored value, or its label in the language shown. */
export function pickChoice(choices: readonly Choice[], text: string): Choice | undefined {
  const t = foldText(text);
  return choices.find((c) => foldText(c.value) === t) ?? choices.find((c) => foldText(c.label) === t);
}
