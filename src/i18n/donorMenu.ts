/** The export menu's donor items: shown before the donor summary's code loads. */
export const donorMenuEn = {
  'donor.menu.page': 'Donor summary',
  'donor.menu.pdf': 'Donor summary (PDF)',
  'donor.menu.csv': 'Indicators (CSV)',
  'donor.menu.html': 'Presentation (HTML)',
} as const;
