import { expect, test } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import { freshStart, savedMap, waitForSaved } from './helpers';

// Renames made this long before the page goes away must all be kept. More rounds: KEEP_SWEEP_ROUNDS.
const DELAYS = [0, 100, 300];
const ROUNDS = Math.max(1, Number(process.env.KEEP_SWEEP_ROUNDS || 1));

type Leave = 'close' | 'reload' | 'navigate';

/** The user answers "Leave" to the browser's "Leave site?" question, as someone closing the tab does. */
function acceptLeaving(page: Page) {
  page.on('dialog', (dialog) => void dialog.accept());
}

async function openApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  acceptLeaving(page);
  await page.goto('/');
  await page.locator('.canvas canvas').first().waitFor();
  return page;
}

/** Leaves the page the way a user would, and returns the page the app is open in afterwards. */
async function leave(page: Page, how: Leave, context: BrowserContext): Promise<Page> {
  if (how === 'close') {
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    return openApp(context);
  }
  if (how === 'reload') await page.reload();
  else {
    await page.goto('about:blank');
    await page.goto('/');
  }
  await page.locator('.canvas canvas').first().waitFor();
  return page;
}

/** Whether the app, started again, holds the name in its saved map (recovery may take a moment). */
async function isSaved(page: Page, name: string): Promise<boolean> {
  const has = async () => ((await savedMap(page))?.actors ?? []).some((a: { name: string }) => a.name === name);
  try {
    await expect.poll(has, { timeout: 3000 }).toBe(true);
    return true;
  } catch {
    return false;
  }
}

for (const how of ['close', 'reload', 'navigate'] as const) {
  test(`a rename is kept when the page is left (${how}) 0, 100 and 300 ms after Enter`, async ({ page, context }) => {
    test.setTimeout(30_000 + ROUNDS * DELAYS.length * 15_000);
    acceptLeaving(page);
    await freshStart(page);
    let current = page;
    const lost: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const delay of DELAYS) {
        const count = ((await savedMap(current))?.actors.length as number | undefined) ?? 11;
        await current.getByRole('button', { name: 'Insurer', exact: true }).click();
        await waitForSaved(current, (m) => m.actors.length === count + 1);
        const name = `Kept ${how} ${delay} ms #${round}`;
        const field = current.getByLabel('Name');
        await expect(field).toBeFocused();
        await field.fill(name);
        await field.press('Enter');
        if (delay) await current.waitForTimeout(delay);
        current = await leave(current, how, context);
        if (!(await isSaved(current, name))) lost.push(name);
      }
    }
    console.log(`keep-edits ${how}: kept ${ROUNDS * DELAYS.length - lost.length} of ${ROUNDS * DELAYS.length}`, lost);
    expect(lost).toEqual([]);
  });
}
