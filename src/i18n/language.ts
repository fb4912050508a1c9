/** Said when the chosen interface language could not be loaded (the interface stays as it was). */
export const languageEn = {
  'language.offline': 'Spanish could not be loaded: there is no connection and it was not saved for offline use yet. Try again when online.',
  'language.failed': 'Spanish could not be loaded. Reload the page and try again.',
} as const;
