import type { LexiconSource } from './types.ts';

/** Dutch (compounds such as Softwareontwikkelaar, Verkoopmedewerker are split into these parts). */
export const NL: LexiconSource = {
  'algemeen directeur': 's:cxo f:operations/2 x:general_management', eigenaar: 's:owner f:entrepreneurship/2', oprichter: 's:owner f:entrepreneurship/2',
  'zelfstandig ondernemer': 's:owner f:entrepreneurship/2', ondernemer: 's:owner f:entrepreneurship/2', zzp: 's:owner f:entrepreneurship/2', zzper: 's:owner f:entrepreneurship/2',
  mede: '-', hoofd: 's:director fb:operations', teamleider: 's:manager fb:operations', projectleider: 's:manager f:program_and_project_management/4',
  projectmanager: 's:manager f:program_and_project_management/4', bedrijfsleider: 's:manager f:operations/2', bedrijfsvoering: 'f:operations',
  accountmanager: 's:manager f:sales/4', binnendienst: 'f:sales/2', medewerker: 's:entry', medewerkster: 's:entry', commercieel: 'f:sales', financieel: 'f:finance',
  'financieel medewerker': 's:entry f:accounting/4', verkoop: 'f:sales', verkoper: 'f:sales/4', inkoop: 'f:purchasing', inkoper: 'f:purchasing/4',
  boekhouder: 'f:accounting/4', financiën: 'f:finance', ontwikkelaar: 'f:engineering/3 x:software_development', beheerder: 'f:information_technology/2',
  applicatie: 'f:information_technology/2', applicatiebeheerder: 'f:information_technology/4', systeem: 'f:information_technology/1', netwerk: 'f:information_technology',
  adviseur: 'f:consulting/2', personeel: 'f:human_resources', communicatie: 'f:media_and_communication', juridisch: 'f:legal/4', advocaat: 'f:legal/4',
  kwaliteit: 'f:quality_assurance', logistiek: 'f:operations x:supply_chain', magazijn: 'f:operations', stagiair: 's:training fb:administrative',
  vrijwilliger: 's:unpaid fb:community_and_social_services', verpleegkundige: 'f:healthcare_services/4', docent: 'f:education/4', leraar: 'f:education/4',
  basisonderwijs: 'f:education', klantenservice: 'f:customer_success_and_support/4', makelaar: 'f:real_estate/4', onderzoeker: 'f:research/4',
  personeelszaken: 'f:human_resources', zaken: '-', salaris: 'f:accounting', salarisadministratie: 'f:accounting', functioneel: 'f:information_technology/1', beheer: 'f:information_technology/1',
  directie: 'f:operations/1', secretaresse: 'f:administrative/4 assist', directiesecretaresse: 'f:administrative/4 assist',
  beleidsmedewerker: 's:entry f:administrative/3', administratie: 'f:accounting/2', 'financiële administratie': 'f:accounting/4',
  administratief: 'f:administrative', technisch: 'f:engineering/1', chauffeur: 'f:operations/4', zakelijke: '-', markt: '-', vestiging: 'f:operations/1',
  operationeel: 'f:operations', monteur: 'f:engineering/4',
};
