import { createEmptyMap, newActor, newRelationship } from './document';
import type { Actor, Assessment, Fit, MapDocument, Perspective, Relationship, Score } from './types';

const KEYS = ['alignment', 'value', 'commitment', 'trust', 'communication', 'investment', 'learning', 'risk'] as const;

/** A dated assessment; `s` lists scores in framework order, null where not assessed. */
function assessed(
  id: string, date: string, assessor: string, perspective: Perspective, s: Array<Score | null>, fit: Fit,
  notes = '', action = '', reviewDate = '',
): Assessment {
  const scores: Record<string, Score | null> = {};
  KEYS.forEach((k, i) => (scores[k] = s[i] ?? null));
  return { id, date, assessor, perspective, scores, fit, notes, action, reviewDate };
}

/**
 * The seed–insurance–verification web of a (fictional) Honduran bean programme: seed sold in
 * packets with embedded crop insurance and an SMS-checked verification code, brokered by the programme.
 */
export function sampleMap(now: string = new Date().toISOString()): MapDocument {
  const doc = createEmptyMap(now);
  const a = (id: string, name: string, type: string, x: number, y: number, extra: Partial<Actor> = {}) =>
    newActor(id, { name, type, position: { x, y }, ...extra });
  const actors = [
    a('a1', 'Programa Mercados Rurales Inclusivos', 'programme', 0, 0, { role: 'supporting', level: 'national', description: 'Facilitates the seed, insurance and verification partnerships.' }),
    a('a2', 'Semillas del Valle S.A.', 'seed-company', -187, -122, { role: 'core', level: 'national', tags: ['bean', 'certified seed'], description: 'Sells certified bean seed in 5 lb packets.' }),
    a('a3', 'Aseguradora Cosecha Segura', 'insurer', 187, -137, { role: 'supporting', level: 'national', tags: ['index insurance'], description: 'Embeds drought cover in each seed packet.' }),
    a('a4', 'Conecta Móvil Honduras', 'mno', 238, 86, { role: 'supporting', level: 'national', description: 'Carries the SMS verification and claim messages.' }),
    a('a5', 'VerificaSemilla', 'digital-service', 86, 187, { role: 'supporting', level: 'national', description: 'Issues and checks the code printed on each packet.' }),
    a('a6', 'Agencia Nacional de Certificación de Semillas', 'seed-agency', -94, 238, { role: 'rules', level: 'national', description: 'Certifies seed lots and validates the verification codes.' }),
    a('a7', 'Agroservicio El Sembrador', 'input-supplier', -310, 43, { role: 'core', level: 'local', tags: ['Olancho'], description: 'Agro-dealer selling the packets in Juticalpa.' }),
    a('a8', 'Cooperativa Frijoleros de Olancho', 'producer-org', -338, 216, { role: 'core', level: 'local', tags: ['Olancho', 'bean'], description: '1,200 member farmers.' }),
    a('a9', 'Fundación Horizonte Rural', 'donor', 0, -238, { role: 'supporting', level: 'international', description: 'Funds the programme.' }),
    a('a10', 'Banco Comunal La Esperanza', 'financial', -403, -115, { role: 'supporting', level: 'local', description: 'Input loans for cooperative members.' }),
    a('a11', 'Municipalidad de Juticalpa', 'government', 302, 259, { role: 'rules', level: 'local' }),
  ];
  const r = (id: string, source: string, target: string, extra: Partial<Relationship>) =>
    newRelationship(id, { source, target, brokeredBy: 'a1', ...extra });
  const relationships = [
    r('r12', 'a2', 'a3', {
      type: 'embedded-service', stage: 'adapt', intensity: 3, contract: 'cost-share', startDate: '2024-02-01', reviewDate: '2026-02-01',
      notes: 'Drought cover embedded in every packet; premium shared.',
      assessments: [
        assessed('r12-as1', '2024-06-20', 'María Fernández', 'programme', [3, 3, 3, 3, 3, 2, 3, 3], 'partly', 'Premium split still argued over.', 'Agree premium split in writing.', '2024-12-15'),
        assessed('r12-as2', '2024-12-12', 'María Fernández', 'joint', [4, 3, 4, 3, 4, 3, 4, 3], 'yes', 'Claims paid on time after first drought.', 'Plan second season together.', '2025-06-15'),
        assessed('r12-as3', '2025-06-18', 'María Fernández', 'joint', [5, 4, 4, 4, 4, 4, 4, 4], 'yes', 'Insurer now co-funds farmer training.', 'Hand over coordination to the partners.', '2026-02-01'),
      ],
    }),
    r('r13', 'a2', 'a5', {
      type: 'data-verification', stage: 'adopt', intensity: 3, contract: 'performance-based', startDate: '2024-04-15', reviewDate: '2025-04-15',
      assessments: [
        assessed('r13-as1', '2024-10-02', 'José Mejía', 'programme', [4, 4, 3, 3, 3, 3, 3, 4], 'yes'),
        assessed('r13-as2', '2025-03-28', 'José Mejía', 'partner', [4, 4, 4, 2, 4, 4, 4, 4], 'yes', 'Sales data shared late and partly.', 'Agree a monthly data-sharing protocol.', '2025-04-15'),
      ],
    }),
    r('r14', 'a5', 'a4', {
      type: 'data-verification', stage: 'adopt', intensity: 2, contract: 'mou', startDate: '2024-05-01', reviewDate: '2026-05-01', notes: 'Short code 7733 for verification SMS.',
      assessments: [assessed('r14-as1', '2025-05-06', 'José Mejía', 'joint', [4, 4, 4, 4, 5, 4, 3, 4], 'yes', 'SMS checks run without outages.')],
    }),
    r('r15', 'a6', 'a5', {
      type: 'policy', stage: 'pre-adopt', intensity: 2, contract: 'mou', startDate: '2024-06-10', reviewDate: '2025-01-15', notes: 'Agency validates code batches against certified lots.',
      assessments: [
        assessed('r15-as1', '2024-09-10', 'Ana Lucía Zelaya', 'programme', [3, 3, 3, 3, 2, 2, 3, 3], 'partly'),
        assessed('r15-as2', '2025-01-20', 'Ana Lucía Zelaya', 'programme', [2, 2, 2, 3, 2, 2, 3, 2], 'partly', 'Agency sees no budget for validation.', 'Re-scope: the agency audits samples instead of every batch.'),
      ],
    }),
    r('r16', 'a2', 'a7', {
      type: 'supply', stage: 'expand', intensity: 3, contract: 'none', startDate: '2023-09-01',
      assessments: [assessed('r16-as1', '2025-02-14', 'José Mejía', 'partner', [5, 5, 4, 4, 4, 5, 4, 4], 'yes')],
    }),
    r('r17', 'a7', 'a8', { type: 'supply', stage: 'expand', intensity: 2, contract: 'none', startDate: '2023-10-01', brokeredBy: '' }),
    r('r18', 'a3', 'a4', {
      type: 'embedded-service', stage: 'adopt', intensity: 2, contract: 'mou', startDate: '2024-05-20', notes: 'Claim payouts by mobile money.',
      assessments: [assessed('r18-as1', '2025-04-30', 'María Fernández', 'joint', [4, 4, 3, 4, 3, 3, 3, 3], 'partly', 'Mobile-money fees too high for small claims.', 'Negotiate a fee waiver for claims under L 500.', '2025-10-30')],
    }),
    r('r19', 'a9', 'a1', { type: 'co-investment', stage: 'respond', intensity: 4, contract: 'grant', startDate: '2022-01-01', brokeredBy: '' }),
    r('r20', 'a1', 'a2', {
      type: 'co-investment', stage: 'adapt', intensity: 3, contract: 'cost-share', startDate: '2023-06-01', reviewDate: '2025-06-01', brokeredBy: '',
      assessments: [
        assessed('r20-as1', '2024-01-15', 'Carlos Ordóñez', 'programme', [3, 3, 3, 3, 3, 2, 3, 3], 'yes'),
        assessed('r20-as2', '2024-11-20', 'Carlos Ordóñez', 'programme', [4, 3, 3, 4, 3, 3, 3, 3], 'yes', 'Company still waits for programme money before acting.', 'Tie the next tranche to its own marketing spend.', '2025-06-01'),
      ],
    }),
    r('r21', 'a10', 'a8', { type: 'supply', stage: 'pre-adopt', intensity: 1, contract: 'none', directed: false, notes: 'Exploring input loans tied to insured seed.' }),
    r('r22', 'a6', 'a2', {
      type: 'policy', stage: 'adopt', intensity: 3, contract: 'none', startDate: '2023-01-01', brokeredBy: '',
      assessments: [assessed('r22-as1', '2025-03-03', 'Ana Lucía Zelaya', 'programme', [4, null, 4, 3, null, null, null, null], 'yes', 'Only a first conversation so far.')],
    }),
    r('r23', 'a11', 'a8', { type: 'information', stage: 'pre-adopt', intensity: 1, contract: 'none', directed: false, brokeredBy: '' }),
    r('r24', 'a2', 'a3', { type: 'information', stage: 'adopt', intensity: 2, contract: 'none', directed: false, notes: 'Monthly sales and claims data review.' }),
  ];
  return {
    ...doc,
    title: 'Bean seed with embedded insurance — Olancho',
    description: 'Sample map: seed packets with embedded crop insurance and an SMS verification code, brokered by the programme.',
    actors,
    relationships,
  };
}
