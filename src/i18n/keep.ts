/** Messages about keeping the user's edits: start-up recovery, storage problems, history. */
export const keepEn = {
  'save.unavailable': 'the browser storage is not answering',
  'save.retrying': 'Trying again shortly.',
  'aside.unreadable': 'The saved map could not be read: {reason} It was kept aside and a new map was started, which saves normally.',
  'aside.stale': 'Changes made just before a tab closed were not applied, because the map was changed in another tab since. They were kept aside.',
  'aside.download': 'Download the kept map',
  'aside.savedMap': 'The saved map',
  'aside.downloadFailed': 'The kept map could not be read from the browser storage.',
  'reload.title': 'Reload and drop the changes made here?',
  'reload.body': 'The changes made in this tab since the map was changed in another tab are not saved and will be lost. Save as JSON first to keep them.',
  'reload.ok': 'Reload and drop changes',
  'history.limit': 'Older steps can no longer be undone.',
} as const;
