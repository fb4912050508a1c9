import { findActorType } from '../domain/catalogue';
import { verdictOf } from '../domain/verdicts';
import type { Lang, MapDocument } from '../domain/types';
import { localized, translate, type MessageKey } from '../i18n';

/** What a screen reader says about the element the keyboard is on, in the user's language. */
export function describeElement(doc: MapDocument, id: string, lang: Lang, selected: boolean): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const nameOf = (actorId: string) => doc.actors.find((a) => a.id === actorId)?.name ?? '';
  let text = '';
  const actor = doc.actors.find((a) => a.id === id);
  if (actor) {
    const type = findActorType(doc.actorTypes, actor.type);
    const count = doc.relationships.filter((r) => r.source === id || r.target === id).length;
    text = t('mapKeys.actor', {
      type: type ? localized(lang, type.label) : actor.type,
      name: actor.name,
      count,
    });
  }
  const rel = doc.relationships.find((r) => r.id === id);
  if (rel) {
    const type = doc.relationshipTypes.find((rt) => rt.key === rel.type);
    const { decision } = verdictOf(doc.framework, rel).result;
    text = t(rel.directed ? 'mapKeys.relationship' : 'mapKeys.relationshipBoth', {
      type: type ? localized(lang, type.label) : rel.type,
      source: nameOf(rel.source),
      target: nameOf(rel.target),
      decision: t(`quality.decision.${decision}` as MessageKey),
    });
  }
  return text && selected ? t('mapKeys.selected', { text }) : text;
}
