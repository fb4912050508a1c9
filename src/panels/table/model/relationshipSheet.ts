import { verdictOf } from '../../../domain/verdicts';
import type { Relationship } from '../../../domain/types';
import { localized, type MessageKey } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { CONTRACTS, DIRECTED, INTENSITIES, STAGES } from '../../../io/csv/vocab';
import type { RelationshipPatch } from '../../../model/changes';
import { brokerAdvice, reviewDateProblem } from '../../validation';
import { findActorId, type SheetContext } from './context';
import { choiceField, dateField, textField, type Field } from './fields';

export type RelationshipField = Field<Relationship, RelationshipPatch>;

const nameOf = (ctx: SheetContext, id: string) => (id ? (ctx.actorById.get(id)?.name ?? id) : '');
const keyed = (prefix: string, values: readonly string[]) => (ctx: SheetContext) =>
  values.map((v) => ({ value: v, label: v === '' ? '' : ctx.t(`${prefix}.${v}` as MessageKey) }));
const asText = (v: unknown) => (v === undefined ? undefined : String(v));

/** From, To or Brokered by: an actor of the map, picked or typed by name. */
function actorField(key: 'source' | 'target' | 'brokeredBy', label: MessageKey): RelationshipField {
  return {
    key,
    header: (c) => c.t(label),
    width: 170,
    actorPick: true,
    text: (r, ctx) => nameOf(ctx, r[key]),
    parse: (_r, text, ctx) => {
      if (key === 'brokeredBy' && text.trim() === '') return { patch: { brokeredBy: '' } };
      const id = findActorId(ctx, text);
      // An actor joined to itself is refused once the whole row is read (see the sheet's check).
      return id ? { patch: { [key]: id } } : { problem: 'table.problem.unknownActor', params: { name: text.trim() } };
    },
    advice: key === 'brokeredBy' ? (r) => brokerAdvice(r) : undefined,
  };
}

const reviewAdvice = (r: Relationship) => reviewDateProblem(r);

export function relationshipFields(): RelationshipField[] {
  return [
    actorField('source', 'table.col.from'),
    actorField('target', 'table.col.to'),
    choiceField<Relationship, RelationshipPatch>(
      'type', 'table.col.relType',
      (ctx) => ctx.doc.relationshipTypes.map((t) => ({ value: t.key, label: localized(ctx.lang, t.label) })),
      (r) => r.type, (type) => ({ type }), 170,
    ),
    choiceField<Relationship, RelationshipPatch>(
      'directed', 'table.col.direction',
      (ctx) => [{ value: 'true', label: ctx.t('table.directed.yes') }, { value: 'false', label: ctx.t('table.directed.no') }],
      (r) => String(r.directed), (v) => ({ directed: v === 'true' }), 130, (t) => asText(DIRECTED.lookup(t)),
    ),
    choiceField<Relationship, RelationshipPatch>(
      'intensity', 'table.col.intensity', keyed('intensity', ['1', '2', '3', '4']),
      (r) => String(r.intensity), (v) => ({ intensity: Number(v) as Relationship['intensity'] }), 150, (t) => asText(INTENSITIES.lookup(t)),
    ),
    actorField('brokeredBy', 'table.col.brokeredBy'),
    choiceField<Relationship, RelationshipPatch>(
      'stage', 'table.col.stage', keyed('stage', ['', 'pre-adopt', 'adopt', 'adapt', 'expand', 'respond']),
      (r) => r.stage, (v) => ({ stage: v as Relationship['stage'] }), 120, (t) => STAGES.lookup(t),
    ),
    choiceField<Relationship, RelationshipPatch>(
      'contract', 'table.col.contract', keyed('contract', ['none', 'mou', 'grant', 'cost-share', 'performance-based', 'in-kind']),
      (r) => r.contract, (v) => ({ contract: v as Relationship['contract'] }), 150, (t) => CONTRACTS.lookup(t),
    ),
    { ...dateField<Relationship, RelationshipPatch>('startDate', 'table.col.startDate', (r) => r.startDate, (startDate) => ({ startDate })), advice: reviewAdvice },
    { ...dateField<Relationship, RelationshipPatch>('reviewDate', 'table.col.reviewDate', (r) => r.reviewDate, (reviewDate) => ({ reviewDate })), advice: reviewAdvice },
    textField<Relationship, RelationshipPatch>('notes', 'table.col.notes', (r) => r.notes, (notes) => ({ notes }), 220),
    {
      key: 'overall',
      header: (c) => c.t('table.col.overall'),
      width: 90,
      text: (r, ctx) => {
        const o = verdictOf(ctx.doc.framework, r).score.overall;
        return o === null ? '' : formatNumber(o, ctx.lang, 2);
      },
      sort: (r, ctx) => verdictOf(ctx.doc.framework, r).score.overall ?? -1,
    },
    {
      key: 'decision',
      header: (c) => c.t('table.col.decision'),
      width: 130,
      text: (r, ctx) => ctx.t(`quality.decision.${verdictOf(ctx.doc.framework, r).result.decision}` as MessageKey),
    },
    { key: 'id', header: (c) => c.t('table.col.id'), width: 130, text: (r) => r.id },
  ];
}
