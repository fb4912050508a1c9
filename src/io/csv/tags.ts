import type { ImportContext } from './context';
import { splitList } from './values';

/**
 * Tags as people write them in one cell. The bundle and Kumu separate them with `|`; people write
 * `a, b, c` or `a; b; c`. A cell with `|` is split only on `|`; otherwise on `;` if it has one (so a
 * comma inside a tag survives), else on `,`. The first time a file's tags are split on `;` or `,`
 * it is said once, with the row, so the user can check.
 */
export class TagReader {
  private told = false;

  constructor(private readonly ctx: ImportContext, private readonly file: string, private readonly column: string) {}

  read(raw: string, row: number): string[] {
    if (raw.includes('|') || (!raw.includes(';') && !raw.includes(','))) return splitList(raw);
    const separator = raw.includes(';') ? ';' : ',';
    const tags = raw.split(separator).map((t) => t.trim()).filter((t) => t !== '');
    if (tags.length > 1 && !this.told) {
      this.told = true;
      this.ctx.problem('csv.tagsSplit', { file: this.file, row, column: this.column, value: raw, separator });
    }
    return tags;
  }
}
