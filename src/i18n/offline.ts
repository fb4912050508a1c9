/** Messages about working without a connection: parts that could not load, and app updates. */
export const offlineEn = {
  'offline.loadFailed': 'This part of the app could not be loaded. Check the connection and try again.',
  'offline.tryAgain': 'Try again',
  'offline.close': 'Close',
  'offline.updateReady': 'A new version is ready',
  'offline.reload': 'Reload',
  'offline.updateLater': 'Later',
  'offline.layoutFailed': 'The map could not be arranged: this part of the app could not be loaded. Check the connection and try again.',
  'offline.exportFailed': 'The {format} export could not be loaded. Check the connection and try again, or save as JSON.',
  'offline.importFailed': 'The part of the app that reads files could not be loaded. Nothing was changed. Check the connection and import again.',
} as const;
