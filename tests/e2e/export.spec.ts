import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { unzipSync, strFromU8 } from 'fflate';
import { SHOTS, freshStart } from './helpers';

async function exportAs(page: Page, item: string): Promise<{ name: string; path: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
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

  test('CSV (zip) holds actors, relationships with the current decision, and the assessment history', async ({ page }) => {
    await freshStart(page);
    const zip = await exportAs(page, 'CSV (zip)');
    expect(zip.name).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(zip.path)));
    expect(Object.keys(files).toSorted()).toEqual(['actors.csv', 'assessments.csv', 'relationships.csv']);
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
});
