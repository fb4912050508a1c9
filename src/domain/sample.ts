import { createEmptyMap, newActor, newRelationship } from './document';
import type { Actor, MapDocument, Relationship } from './types';

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
    r('r12', 'a2', 'a3', { type: 'embedded-service', stage: 'adapt', intensity: 3, contract: 'cost-share', startDate: '2024-02-01', reviewDate: '2025-02-01', notes: 'Drought cover embedded in every packet; premium shared.' }),
    r('r13', 'a2', 'a5', { type: 'data-verification', stage: 'adopt', intensity: 3, contract: 'performance-based', startDate: '2024-04-15', reviewDate: '2025-04-15' }),
    r('r14', 'a5', 'a4', { type: 'data-verification', stage: 'adopt', intensity: 2, contract: 'mou', startDate: '2024-05-01', notes: 'Short code 7733 for verification SMS.' }),
    r('r15', 'a6', 'a5', { type: 'policy', stage: 'pre-adopt', intensity: 2, contract: 'mou', startDate: '2024-06-10', reviewDate: '2025-01-15', notes: 'Agency validates code batches against certified lots.' }),
    r('r16', 'a2', 'a7', { type: 'supply', stage: 'expand', intensity: 3, contract: 'none', startDate: '2023-09-01' }),
    r('r17', 'a7', 'a8', { type: 'supply', stage: 'expand', intensity: 2, contract: 'none', startDate: '2023-10-01', brokeredBy: '' }),
    r('r18', 'a3', 'a4', { type: 'embedded-service', stage: 'adopt', intensity: 2, contract: 'mou', startDate: '2024-05-20', notes: 'Claim payouts by mobile money.' }),
    r('r19', 'a9', 'a1', { type: 'co-investment', stage: 'respond', intensity: 4, contract: 'grant', startDate: '2022-01-01', brokeredBy: '' }),
    r('r20', 'a1', 'a2', { type: 'co-investment', stage: 'adapt', intensity: 3, contract: 'cost-share', startDate: '2023-06-01', reviewDate: '2025-06-01', brokeredBy: '' }),
    r('r21', 'a10', 'a8', { type: 'supply', stage: 'pre-adopt', intensity: 1, contract: 'none', directed: false, notes: 'Exploring input loans tied to insured seed.' }),
    r('r22', 'a6', 'a2', { type: 'policy', stage: 'adopt', intensity: 3, contract: 'none', startDate: '2023-01-01', brokeredBy: '' }),
    r('r23', 'a11', 'a8', { type: 'information', stage: 'pre-adopt', intensity: 1, contract: 'none', directed: false, brokeredBy: '' }),
    r('r24', 'a2', 'a3', { type: 'information', stage: 'adopt', intensity: 2, contract: 'none', directed: false, notes: 'Monthly sales and claims data review.' }),
  ];
  return {
    ...doc,
    title: 'Bean seed with embedded insurance — Olancho',
    description: 'Sample map: seed packets with embedded crop insurance and an SMS verification code, brokered by the programme.',
    actors,
    relationships,
    idCounter: 24,
  };
}
