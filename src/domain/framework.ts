import type { Dimension, Framework } from './types';

/**
 * Relationship-quality dimensions, grounded in the USAID/Honduras TMS "relationship qualities"
 * reflections, the PARTNER tool's trust/value indicators and the Wilder collaboration factors.
 */
const DEFAULT_DIMENSIONS: readonly Dimension[] = [
  {
    key: 'alignment',
    label: { en: 'Alignment & complementarity', es: 'Alineación y complementariedad' },
    definition: {
      en: 'Do the partners share the outcome, and do their roles fit together?',
      es: '¿Comparten los socios el resultado y encajan sus roles?',
    },
    low: { en: 'Goals conflict or roles overlap', es: 'Los objetivos chocan o los roles se solapan' },
    high: {
      en: "The shared outcome is part of each partner's business case; roles fit",
      es: 'El resultado compartido es parte del modelo de negocio de cada socio; los roles encajan',
    },
    weight: 1,
  },
  {
    key: 'value',
    label: { en: 'Mutual value', es: 'Valor mutuo' },
    definition: { en: 'Does every side gain from the relationship?', es: '¿Gana cada parte con la relación?' },
    low: { en: 'One-sided; lives on programme money', es: 'Unilateral; vive del dinero del programa' },
    high: { en: 'Clear gain for every side; would continue unaided', es: 'Beneficio claro para todos; seguiría sin apoyo' },
    weight: 1,
  },
  {
    key: 'commitment',
    label: { en: 'Reliability & commitment', es: 'Fiabilidad y compromiso' },
    definition: { en: 'Do partners deliver what they agreed?', es: '¿Cumplen los socios lo acordado?' },
    low: { en: 'Milestones missed', es: 'Hitos incumplidos' },
    high: { en: 'Delivers consistently; commitment formalised', es: 'Cumple con constancia; compromiso formalizado' },
    weight: 1,
  },
  {
    key: 'trust',
    label: { en: 'Trust & openness', es: 'Confianza y apertura' },
    definition: { en: 'Do partners share information and raise problems?', es: '¿Comparten información y plantean problemas?' },
    low: { en: 'Information withheld', es: 'Se oculta información' },
    high: { en: 'Shares sensitive data; raises problems early', es: 'Comparte datos sensibles; avisa pronto de problemas' },
    weight: 1,
  },
  {
    key: 'communication',
    label: { en: 'Communication fit', es: 'Comunicación' },
    definition: { en: 'Do they talk at the right rhythm, with the right people?', es: '¿Se comunican con el ritmo y las personas adecuadas?' },
    low: { en: 'Mismatched channels, misunderstandings', es: 'Canales desajustados, malentendidos' },
    high: { en: 'Agreed rhythm, right counterparts', es: 'Ritmo acordado, contrapartes adecuadas' },
    weight: 1,
  },
  {
    key: 'investment',
    label: { en: 'Resource contribution', es: 'Aporte de recursos' },
    definition: { en: 'Do partners put in their own resources?', es: '¿Aportan los socios recursos propios?' },
    low: { en: 'The programme pays for everything', es: 'El programa lo paga todo' },
    high: { en: 'Significant own investment', es: 'Inversión propia significativa' },
    weight: 1,
  },
  {
    key: 'learning',
    label: { en: 'Learning & adaptability', es: 'Aprendizaje y adaptación' },
    definition: { en: 'Do partners reflect together and adapt?', es: '¿Reflexionan juntos y se adaptan?' },
    low: { en: 'No joint reflection; rigid', es: 'Sin reflexión conjunta; rígido' },
    high: { en: 'Regular joint review; plans adapted', es: 'Revisión conjunta periódica; planes adaptados' },
    weight: 1,
  },
  {
    key: 'risk',
    label: { en: 'Risk & power balance', es: 'Equilibrio de riesgo y poder' },
    definition: { en: 'Is risk shared, and are decisions joint?', es: '¿Se comparte el riesgo y se decide en conjunto?' },
    low: {
      en: 'Partner carries risk alone, or one side dominates',
      es: 'Un socio carga solo el riesgo, o una parte domina',
    },
    high: { en: 'Risk shared or reduced; joint decisions', es: 'Riesgo compartido o reducido; decisiones conjuntas' },
    weight: 1,
  },
];

export function defaultFramework(): Framework {
  return {
    dimensions: DEFAULT_DIMENSIONS.map((d) => ({
      ...d,
      label: { ...d.label },
      definition: { ...d.definition },
      low: { ...d.low },
      high: { ...d.high },
    })),
    thresholds: { proceed: 3.75, exit: 2.5, weakDimension: 2, minRated: 5 },
  };
}
