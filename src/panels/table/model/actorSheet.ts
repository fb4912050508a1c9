import { emptyAttributes } from '../../../domain/document';
import { isBlankText } from '../../../domain/text';
import type { Actor } from '../../../domain/types';
import { localized, type MessageKey } from '../../../i18n';
import { LEVELS, ROLES } from '../../../io/csv/vocab';
import type { ActorPatch } from '../../../model/changes';
import { splitTags } from '../../validation';
import type { SheetContext } from './context';
import { choiceField, numberField, textField, type Field } from './fields';

export type ActorField = Field<Actor, ActorPatch>;

const typeChoices = (ctx: SheetContext) => ctx.doc.actorTypes.map((t) => ({ value: t.key, label: localized(ctx.lang, t.label) }));
const keyed = (prefix: string, values: readonly string[]) => (ctx: SheetContext) =>
  values.map((v) => ({ value: v, label: v === '' ? '' : ctx.t(`${prefix}.${v}` as MessageKey) }));

/** User columns: every attribute name some actor has, in first-seen order. */
export function attributeNames(actors: readonly Actor[]): string[] {
  const names = new Set<string>();
  for (const a of actors) for (const k of Object.keys(a.attributes)) names.add(k);
  return [...names];
}

function attributeField(name: string): ActorField {
  return {
    key: `attr:${name}`,
    header: () => name,
    width: 130,
    text: (a) => (Object.hasOwn(a.attributes, name) ? (a.attributes[name] ?? '') : ''),
    parse: (a, text) => {
      const attributes = emptyAttributes();
      Object.assign(attributes, a.attributes);
      if (text === '') delete attributes[name];
      else attributes[name] = text;
      return { patch: { attributes } };
    },
  };
}

export function actorFields(actors: readonly Actor[]): ActorField[] {
  return [
    {
      ...textField<Actor, ActorPatch>('name', 'table.col.name', (a) => a.name, (name) => ({ name: name.trim() }), 190),
      parse: (_a, text) => (isBlankText(text) ? { problem: 'validation.nameRequired' } : { patch: { name: text.trim() } }),
    },
    choiceField<Actor, ActorPatch>('type', 'table.col.type', typeChoices, (a) => a.type, (type) => ({ type }), 170),
    textField<Actor, ActorPatch>('description', 'table.col.description', (a) => a.description, (description) => ({ description }), 220),
    textField<Actor, ActorPatch>('tags', 'table.col.tags', (a) => a.tags.join(', '), (text) => ({ tags: splitTags(text) }), 150),
    choiceField<Actor, ActorPatch>('role', 'table.col.role', keyed('role', ['', 'core', 'supporting', 'rules']), (a) => a.role, (role) => ({ role: role as Actor['role'] }), 150, (t) => ROLES.lookup(t)),
    choiceField<Actor, ActorPatch>('level', 'table.col.level', keyed('level', ['', 'local', 'national', 'international']), (a) => a.level, (level) => ({ level: level as Actor['level'] }), 120, (t) => LEVELS.lookup(t)),
    ...attributeNames(actors).map(attributeField),
    numberField<Actor, ActorPatch>('x', 'table.col.x', (a) => a.position.x, (x, a) => ({ position: { x, y: a.position.y } })),
    numberField<Actor, ActorPatch>('y', 'table.col.y', (a) => a.position.y, (y, a) => ({ position: { x: a.position.x, y } })),
    { key: 'id', header: (c) => c.t('table.col.id'), width: 130, text: (a) => a.id },
  ];
}
