import { expect, test } from './fixtures';
import { SHOTS, freshStart } from './helpers';

test('switching to Spanish translates the interface and is remembered', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.getByRole('button', { name: 'Deshacer' })).toBeVisible();
  for (const name of ['Rehacer', 'Nuevo mapa', 'Abrir', 'Guardar JSON', 'Encuadrar']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  for (const name of ['Empresa de semillas', 'Aseguradora', 'Operador móvil', 'Agencia de semillas / regulador']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Mapa de alianzas' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  // A new actor is named in Spanish.
  await page.getByRole('button', { name: 'Aseguradora', exact: true }).click();
  await expect(page.getByLabel('Nombre')).toHaveValue('Aseguradora 1');
  await page.getByLabel('Nombre').fill('');
  await expect(page.getByText('Hace falta un nombre para que los socios reconozcan al actor.')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: `${SHOTS}/spanish.png` });

  await page.reload();
  await expect(page.getByRole('button', { name: 'Deshacer' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
});
