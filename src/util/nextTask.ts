/** Resolves in a later task, so that the page can draw and answer input in between. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
