import type { SavedRecord } from './db';

/** What the page and the save worker say to each other (types only). */
export type SaveRequest =
  | { type: 'piece'; text: string }
  | { type: 'write'; record: Omit<SavedRecord, 'json'>; expectedStamp: string | null };

export type SaveReply = { type: 'done'; outcome: 'written' | 'conflict' } | { type: 'failed'; name: string; message: string };
