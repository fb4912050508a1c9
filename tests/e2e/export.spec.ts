import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { unzipSync, strFromU8 } from 'fflate';
import { SHOTS, freshStart } from './helpers';

async function exportAs(page: Page, item: string, menu = 'Export'): Promise<{ name: string; path: string }> {
  if (!(await page.getByRole('menu').isVisible())) await page.getByRole('button', { name: menu }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await download;
  const path = `tests/.artifacts/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

test.describe('exports for spreadsheets and donor slides', () => {
  test('SVG and PNG of the whole map with its title and legend', async ({ page }) => {
    await freshStart(page);
    await page.getByRole('button', { name: 'Scores' }).click();
    const svg = await exportAs(page, 'SVG');
    expect(svg.name).toMatch(/^bean-seed-with-embedded-insurance-olancho-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = readFileSync(svg.path, 'utf8');
    expect(text).toContain('Bean seed with embedded insurance — Olancho');
    expect(text).toContain('Legend');
    expect(text).toContain('>VerificaSemilla<');
    expect(text).toContain('>Semillas del Valle<');
    expect(text.match(/<path class="relationship"/g)).toHaveLength(13);

    const png = await exportAs(page, 'PNG');
    expect(png.name).toMatch(/\.png$/);
    const bytes = readFileSync(png.path);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // Width from the IHDR chunk: rendered at twice the SVG's size.
    const svgWidth = Number(/width="([\d.]+)"/.exec(text)![1]);
    expect(bytes.readUInt32BE(16)).toBe(Math.ceil(svgWidth * 2));
    await page.goto(`file://${process.cwd()}/${png.path}`);
    await page.screenshot({ path: `${SHOTS}/exported-png.png`, fullPage: false });
  });

  test('CSV (zip) holds actors, relationships with the current decision, the assessment history and the map id and title', async ({ page }) => {
    await freshStart(page);
    const zip = await exportAs(page, 'CSV (zip)');
    expect(zip.name).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(zip.path)));
    expect(Object.keys(files).toSorted()).toEqual(['actors.csv', 'assessments.csv', 'map.csv', 'relationships.csv']);
    const map = strFromU8(files['map.csv']!).replace(/^\uFEFF/, '').split(/\r\n/).filter(Boolean);
    expect(map[0]).toBe('map_id,title,description');
    expect(map[1]).toMatch(/^m_[0-9a-z]{16},Bean seed with embedded insurance — Olancho,"Sample map: /);
    const actors = strFromU8(files['actors.csv']!).replace(/^\uFEFF/, '').split(/\r\n/).filter(Boolean);
    expect(actors[0]).toMatch(/^id,name,type,description,tags,role,level,x,y/);
    expect(actors).toHaveLength(12);
    const rels = strFromU8(files['relationships.csv']!).replace(/^\uFEFF/, '').split(/\r\n/).filter(Boolean);
    expect(rels[0]).toContain('overall,decision');
    expect(rels.find((l) => l.startsWith('r15,'))).toMatch(/exit/);
  });

  test('the export menu works from the keyboard', async ({ page }) => {
    await freshStart(page);
    const button = page.getByRole('button', { name: 'Export' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'JSON' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'CSV (zip)' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('with a filter on, pictures say so and hold what is shown or the whole map; the description can go under the title', async ({ page }) => {
    await freshStart(page);
    await page.getByRole('textbox', { name: 'Description' }).fill('Who works with whom around the bean seed packet.');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('region', { name: 'Show only' }).getByRole('checkbox', { name: 'Exit / re-scope' }).check();

    await page.getByRole('button', { name: 'Export' }).click();
    const choice = page.getByRole('group', { name: /^Filter on: showing 1 of 13 relationships and 11 of 11 actors\. PNG and SVG show:/ });
    await expect(choice.getByRole('menuitemradio', { name: 'What is shown' })).toHaveAttribute('aria-checked', 'true');
    await expect(choice.getByRole('menuitemradio', { name: 'The whole map' })).toHaveAttribute('aria-checked', 'false');
    await page.screenshot({ path: `${SHOTS}/export-menu-filter.png` });
    let svg = readFileSync((await exportAs(page, 'SVG')).path, 'utf8');
    expect(svg.match(/<path class="relationship"/g)).toHaveLength(1);
    expect(svg).toContain('Filter on: showing 1 of 13 relationships and 11 of 11 actors.');
    expect(svg).not.toContain('bean seed packet');

    // The whole map, with its description: chosen from the keyboard, the menu stays open for the format.
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('menuitem', { name: 'JSON' })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(page.getByRole('menuitemradio', { name: 'What is shown' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitemradio', { name: 'The whole map' })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitemcheckbox', { name: 'Include the map description' })).toHaveAttribute('aria-checked', 'true');
    svg = readFileSync((await exportAs(page, 'SVG')).path, 'utf8');
    expect(svg.match(/<path class="relationship"/g)).toHaveLength(13);
    expect(svg).not.toContain('Filter on');
    expect(svg).toContain('>Who works with whom around the bean seed packet.<');
  });

  test('the Spanish picture wraps its legend and description: no text runs past the edge', async ({ page }) => {
    await freshStart(page, 'es');
    await page.getByRole('textbox', { name: 'Descripción' }).fill(
      'Quién trabaja con quién alrededor del paquete de semilla de frijol con seguro incorporado y verificación por SMS, revisado con los socios en Juticalpa en el taller de abril.',
    );
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Exportar' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Incluir la descripción del mapa' }).click();
    const svgFile = await exportAs(page, 'SVG', 'Exportar');
    const png = await exportAs(page, 'PNG', 'Exportar');
    const svg = readFileSync(svgFile.path, 'utf8');
    expect(svg).toContain('Grosor de línea');
    // Measured by the browser's own text layout, every line ends inside the picture.
    // Laid out on a blank page of its own, as a file opened in the browser is (no app policy).
    await page.goto('about:blank');
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const overflow = await page.evaluate(() => {
      const root = document.querySelector('svg')!;
      const width = Number(root.getAttribute('width'));
      const height = Number(root.getAttribute('height'));
      return [...root.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent, box: t.getBBox() }))
        .filter(({ box }) => box.x < 0 || box.x + box.width > width || box.y + box.height > height)
        .map(({ text, box }) => `${text} (${Math.round(box.x + box.width)} of ${width})`);
    });
    expect(overflow).toEqual([]);
    await page.goto(`file://${process.cwd()}/${png.path}`);
    await page.screenshot({ path: `${SHOTS}/exported-png-spanish.png`, fullPage: true });
  });
});
