import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

// Components reach each other through props, refs and context: a lookup by id in the page breaks
// silently when an id changes or a part is rendered twice. Only the entry point finds its root.
describe('no component finds another through the page', () => {
  it('uses document.getElementById in src/main.tsx only', () => {
    const offenders = files('src')
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('main.tsx'))
      .filter((f) => readFileSync(f, 'utf8').includes('document.getElementById('));
    expect(offenders).toEqual([]);
  });
});
