import type { MessageKey } from '../i18n';
import type { DocChange } from './changes';

/** One undoable step: the changes that take the document back, and what the step was called. */
export interface HistoryStep {
  label: MessageKey;
  changes: DocChange[];
}

export const HISTORY_LIMIT = 200;

/** Bounded undo and redo stacks of inverse changes; `onTrim` hears when the oldest step is dropped. */
export class History {
  private past: HistoryStep[] = [];
  private future: HistoryStep[] = [];

  constructor(private readonly limit = HISTORY_LIMIT, private readonly onTrim: () => void = () => {}) {}

  /** A new step clears what could be redone. */
  record(step: HistoryStep): void {
    this.pushPast(step);
    this.future = [];
  }
  takeUndo(): HistoryStep | undefined {
    return this.past.pop();
  }
  takeRedo(): HistoryStep | undefined {
    return this.future.shift();
  }
  /** The inverse of an undone step, ready to redo. */
  pushRedo(step: HistoryStep): void {
    this.future.unshift(step);
  }
  pushPast(step: HistoryStep): void {
    this.past.push(step);
    if (this.past.length > this.limit) {
      this.past.splice(0, this.past.length - this.limit);
      this.onTrim();
    }
  }
  clear(): void {
    this.past = [];
    this.future = [];
  }
  get undoLabel(): MessageKey | null {
    return this.past[this.past.length - 1]?.label ?? null;
  }
  get redoLabel(): MessageKey | null {
    return this.future[0]?.label ?? null;
  }
  /** Labels of the steps, oldest first for undo and next first for redo. */
  labels(): { undo: MessageKey[]; redo: MessageKey[] } {
    return { undo: this.past.map((s) => s.label), redo: this.future.map((s) => s.label) };
  }
}
