import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SHOTS, countsText, freshStart, waitForSaved } from './helpers';

/**
 * Ids as the user's files show them: the sample map's old counter ids (a1, r3…) stay as they are,
 * while whatever the app creates (an actor from the palette, an imported row without an id or with
 * a repeated one) gets a random prefixed id (`a_` + 10 characters), also in the messages.
 */
const NEW_ACTOR_ID = /^a_[0-9a-z]{10}$/;
const DIR = 'tests/.artifacts/ids';

for (const lang of ['en', 'es'] as const) {
  const t = (en: string, es: string) => (lang === 'en' ? en : es);

  test(`new actors get random ids; old ids stay; an import names the id it gave (${lang})`, async ({ page }) => {
    await freshStart(page, lang);
    await page.getByRole('button', { name: t('Donor', 'Donante'), exact: true }).click();
    await expect(page.getByRole('textbox', { name: t('Name', 'Nombre'), exact: true })).toHaveValue(t('Donor 1', 'Donante 1'));
    const added = await waitForSaved(page, (m) => m.actors.length === 12);
    const ids = (added.actors as Array<{ id: string }>).map((a) => a.id);
    // The sample map was made when ids came from a counter: its ids are kept.
    for (const id of ids.slice(0, 11)) expect(id).toMatch(/^a\d+$/);
    expect(ids[11]).toMatch(NEW_ACTOR_ID);

    // A file whose second row repeats an id and whose third row has none.
    mkdirSync(DIR, { recursive: true });
    const file = `${DIR}/actors-${lang}.csv`;
    writeFileSync(file, 'id,name,type\norg-7,Radio Olancho,ngo\norg-7,Banco Rural,ngo\n,Cooperativa Norte,ngo\n');
    await page.getByLabel(t('Import files', 'Importar archivos')).setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: t('Check the import', 'Revise la importación') });
    const message = dialog.getByText(t(`actors-${lang}.csv, row 3: the id "org-7" is already used; this row now has the id "a_`, `actors-${lang}.csv, fila 3: el id "org-7" ya está en uso; esta fila tiene ahora el id "a_`));
    await expect(message).toBeVisible();
    const newId = /"(a_[0-9a-z]+)"/.exec((await message.textContent()) ?? '')?.[1] ?? '';
    expect(newId).toMatch(NEW_ACTOR_ID);
    await page.screenshot({ path: `${SHOTS}/ids-import-duplicate-${lang}.png` });

    await dialog.getByRole('button', { name: t('Merge into the map', 'Combinar con el mapa') }).click();
    await expect(page.getByText(countsText(15, 13, lang))).toBeVisible();
    const merged = await waitForSaved(page, (m) => m.actors.length === 15);
    const byName = new Map((merged.actors as Array<{ id: string; name: string }>).map((a) => [a.name, a.id]));
    expect((merged.actors as Array<{ id: string }>).slice(0, 12).map((a) => a.id)).toEqual(ids);
    expect(byName.get('Radio Olancho')).toBe('org-7');
    expect(byName.get('Banco Rural')).toBe(newId);
    expect(byName.get('Cooperativa Norte')).toMatch(NEW_ACTOR_ID);
  });
}
