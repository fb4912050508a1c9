import type { Lang } from '../domain/types';

/**
 * Plurals the way Intl.PluralRules says, inside a message:
 * `{count, plural, one {# relationship} other {# relationships}}` — `#` is the number, and the
 * branch texts may hold other `{params}`. Categories a language lacks fall back to `other`.
 */
const rules = new Map<string, Intl.PluralRules>();

export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
}

/** The text of a `{…}` block starting at `open`, and the index after its closing brace. */
function block(text: string, open: number): { body: string; end: number } | null {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && (depth -= 1) === 0) return { body: text.slice(open + 1, i), end: i + 1 };
  }
  return null;
}

function branches(spec: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let at = 0;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(spec);
    if (!m) return out;
    const b = block(spec, re.lastIndex - 1);
    if (!b) return out;
    out.set(m[1]!, b.body);
    at = b.end;
  }
}

export function expandPlurals(lang: Lang, template: string, params: Readonly<Record<string, string | number>>): string {
  const start = /\{(\w+), plural,/g;
  let out = '';
  let from = 0;
  for (let m = start.exec(template); m; m = start.exec(template)) {
    const b = block(template, m.index);
    if (!b) break;
    const raw = Object.hasOwn(params, m[1]!) ? params[m[1]!] : undefined;
    const n = typeof raw === 'number' ? raw : Number(raw);
    const options = branches(b.body.slice(m[0].length - 1));
    const chosen = Number.isFinite(n) ? options.get(`=${n}`) ?? options.get(pluralCategory(lang, n)) ?? options.get('other') : options.get('other');
    out += template.slice(from, m.index) + (chosen ?? '').replace(/#/g, String(raw ?? ''));
    from = b.end;
    start.lastIndex = b.end;
  }
  return out + template.slice(from);
}
