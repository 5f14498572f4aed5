import type { LexiconSource } from './types.ts';

/**
 * French. Feminine forms (directrice, commerciale, développeuse, infirmière, consultante) are found
 * through the masculine form by the classifier, so only irregular ones are listed.
 */
export const FR: LexiconSource = {
  'directeur général': 's:cxo f:operations/2 x:general_management', 'directrice générale': 's:cxo f:operations/2 x:general_management',
  'président directeur général': 's:cxo f:operations/2 x:general_management', 'directeur général adjoint': 's:cxo f:operations/2',
  directeur: 's:director fb:operations', directrice: 's:director fb:operations', 'directeur photographie': 's:senior f:arts_and_design/4',
  'directeur artistique': 's:director f:arts_and_design/4', 'directeur recherche': 's:director f:research/4',
  responsable: 's:manager fb:operations', 'chef projet': 's:manager f:program_and_project_management/4', 'chef produit': 's:manager f:product_management/4',
  'chef équipe': 's:manager fb:operations', 'chef ventes': 's:manager f:sales/4', 'chef service': 's:manager fb:operations', gérant: 's:owner f:entrepreneurship/2',
  fondateur: 's:owner f:entrepreneurship/2', 'co fondateur': 's:owner f:entrepreneurship/2', cofondateur: 's:owner f:entrepreneurship/2',
  associé: 's:partner fb:consulting', 'avocat associé': 's:partner f:legal/4',
  stagiaire: 's:training fb:administrative', stage: 's:training fb:administrative', alternant: 's:training fb:administrative', alternance: 's:training fb:administrative',
  apprenti: 's:training fb:administrative', bénévole: 's:unpaid fb:community_and_social_services', chargé: 's:entry', 'chargé affaires': 's:entry f:sales/4',
  ingénieur: 'f:engineering/2', 'ingénieur commercial': 'f:sales/4', 'ingénieur études': 'f:engineering/4', développeur: 'f:engineering/3 x:software_development',
  logiciel: 'f:engineering x:software_development', commercial: 'f:sales', sédentaire: '-', 'grands comptes': 'f:sales/4', comptes: 'f:sales/2', ventes: 'f:sales',
  vente: 'f:sales', 'conseiller clientèle': 'f:customer_success_and_support/4', clientèle: 'f:customer_success_and_support/2', 'service client': 'f:customer_success_and_support/4',
  financier: 'f:finance', finances: 'f:finance', comptable: 'f:accounting/4', 'expert comptable': 's:senior f:accounting/4', comptabilité: 'f:accounting',
  'contrôleur gestion': 'f:finance/4', 'ressources humaines': 'f:human_resources', recrutement: 'f:human_resources x:talent_acquisition',
  'systèmes information': 'f:information_technology', informatique: 'f:information_technology', réseaux: 'f:information_technology x:cloud_and_infrastructure',
  systèmes: 'f:information_technology/1', administrateur: 's:entry fb:information_technology', technicien: 'f:engineering/2', 'support informatique': 'f:information_technology/4',
  maintenance: 'f:engineering/2', achats: 'f:purchasing', acheteur: 'f:purchasing/4', industrielle: '-', industriel: '-', juridique: 'f:legal', juriste: 'f:legal/4',
  avocat: 'f:legal/4', technique: 'f:engineering', qualité: 'f:quality_assurance', logistique: 'f:operations x:supply_chain', communication: 'f:media_and_communication',
  'marketing digital': 'f:marketing', conseil: 'f:consulting', consultant: 'f:consulting/2', 'assistante direction': 's:entry f:administrative/4 assist',
  'assistant direction': 's:entry f:administrative/4 assist', assistante: 's:entry f:administrative/1 assist', secrétaire: 'f:administrative/4 assist',
  infirmier: 'f:healthcare_services/4', médecin: 'f:healthcare_services/4', généraliste: '-', enseignant: 'f:education/4', 'professeur écoles': 'f:education/4',
  professeur: 'f:education/4', 'agent immobilier': 'f:real_estate/4', immobilier: 'f:real_estate', chercheur: 'f:research/4', recherche: 'f:research',
  gendarme: 'f:military_and_protective_services/4', pompier: 'f:military_and_protective_services/4', études: 'f:research/1', cabinet: '-', affaires: 'f:sales/2',
  'ingénieur affaires': 'f:sales/4', fonctionnelle: '-', fonctionnel: '-', cheffe: 's:manager fb:operations', 'cheffe projet': 's:manager f:program_and_project_management/4', système: 'f:information_technology',
  fournisseurs: 'f:accounting/2', 'chargé clientèle': 's:entry f:customer_success_and_support/4', 'responsable administratif': 's:manager f:finance/3',
  produit: 'f:product_management/2', projet: 'f:program_and_project_management/1', équipe: '-', recruteur: 'f:human_resources/4',
};

/** Spanish. */
export const ES: LexiconSource = {
  'director general': 's:cxo f:operations/2 x:general_management', 'gerente general': 's:cxo f:operations/2 x:general_management',
  'directora general': 's:cxo f:operations/2 x:general_management', 'directora ejecutiva': 's:cxo f:operations/2',
  'consejero delegado': 's:cxo f:operations/2 x:general_management', 'director ejecutivo': 's:cxo f:operations/2',
  fundador: 's:owner f:entrepreneurship/2', cofundador: 's:owner f:entrepreneurship/2', propietario: 's:owner f:entrepreneurship/2', dueño: 's:owner f:entrepreneurship/2',
  socio: 's:partner fb:consulting', 'socio fundador': 's:owner f:entrepreneurship/2', gerente: 's:manager fb:operations', jefe: 's:manager fb:operations',
  encargado: 's:manager fb:operations', coordinador: 's:entry', analista: 's:entry fb:research', ejecutivo: '-', 'ejecutivo cuentas': 's:entry f:sales/4',
  becario: 's:training fb:administrative', practicante: 's:training fb:administrative', prácticas: 's:training fb:administrative',
  voluntario: 's:unpaid fb:community_and_social_services', auxiliar: 's:entry f:administrative/1', asistente: 's:entry f:administrative/1 assist',
  comercial: 'f:sales', ventas: 'f:sales', vendedor: 'f:sales/4', 'asesor comercial': 'f:sales/4', asesor: 'f:consulting/2', cuentas: 'f:sales/2',
  compras: 'f:purchasing', comprador: 'f:purchasing/4', financiero: 'f:finance', finanzas: 'f:finance', contador: 'f:accounting/4', contable: 'f:accounting/4',
  contabilidad: 'f:accounting', auditor: 'f:accounting/4', interno: '-', 'recursos humanos': 'f:human_resources', tecnología: 'f:engineering/2',
  operaciones: 'f:operations', logística: 'f:operations x:supply_chain', producción: 'f:operations', proyecto: 'f:program_and_project_management/1',
  proyectos: 'f:program_and_project_management/1', 'jefe proyecto': 's:manager f:program_and_project_management/4', sistemas: 'f:information_technology',
  datos: 'f:information_technology/2 x:data_and_analytics', calidad: 'f:quality_assurance', ingeniero: 'f:engineering/2', industrial: 'f:engineering/2',
  desarrollador: 'f:engineering/3 x:software_development', abogado: 'f:legal/4', consultor: 'f:consulting/2', enfermero: 'f:healthcare_services/4',
  médico: 'f:healthcare_services/4', profesor: 'f:education/4', maestro: 'f:education/4', 'trabajador social': 'f:community_and_social_services/4',
  administrativo: 'f:administrative/3', recepcionista: 'f:administrative/4', técnico: 'f:engineering/2', soporte: 'f:customer_success_and_support/2',
  diseñador: 'f:arts_and_design/4 x:design', gráfico: 'f:arts_and_design/2', 'agente inmobiliario': 'f:real_estate/4', inmobiliario: 'f:real_estate',
  investigador: 'f:research/4', policía: 'f:military_and_protective_services/4', 'atención cliente': 'f:customer_success_and_support/4',
  'analista programador': 's:entry f:engineering/4', programador: 'f:engineering/4 x:software_development', asociado: 's:entry', ingeniería: 'f:engineering', laboralista: 'f:legal/2', 'técnico soporte': 'f:information_technology/4',
};

/** Italian. */
export const IT: LexiconSource = {
  'direttore generale': 's:cxo f:operations/2 x:general_management', 'amministratore delegato': 's:cxo f:operations/2 x:general_management',
  'amministratore unico': 's:cxo f:operations/2 x:general_management', direttore: 's:director fb:operations', amministrativo: 'f:finance/2',
  titolare: 's:owner f:entrepreneurship/2', fondatore: 's:owner f:entrepreneurship/2', cofondatore: 's:owner f:entrepreneurship/2',
  responsabile: 's:manager fb:operations', capo: 's:manager fb:operations', 'capo progetto': 's:manager f:program_and_project_management/4',
  'capo reparto': 's:manager f:operations/2', reparto: '-', impiegato: 's:entry', impiegata: 's:entry', stagista: 's:training fb:administrative',
  tirocinante: 's:training fb:administrative', volontario: 's:unpaid fb:community_and_social_services', commerciale: 'f:sales', 'agente commercio': 'f:sales/4',
  vendite: 'f:sales', acquisti: 'f:purchasing', 'risorse umane': 'f:human_resources', personale: 'f:human_resources', qualità: 'f:quality_assurance',
  tecnico: 'f:engineering', ingegnere: 'f:engineering/2', meccanico: 'f:engineering', sviluppatore: 'f:engineering/3 x:software_development',
  contabile: 'f:accounting/4', avvocato: 'f:legal/4', consulente: 'f:consulting/2', informatico: 'f:information_technology', infermiere: 'f:healthcare_services/4',
  insegnante: 'f:education/4', docente: 'f:education/4', segretaria: 'f:administrative/4 assist', amministrativa: 'f:administrative/3',
  progetto: 'f:program_and_project_management/1', ufficio: '-', addetto: 's:entry', addetta: 's:entry',
};

/** Portuguese. */
export const PT: LexiconSource = {
  'diretor geral': 's:cxo f:operations/2 x:general_management', 'diretor executivo': 's:cxo f:operations/2 x:general_management',
  'diretora geral': 's:cxo f:operations/2 x:general_management', 'diretora executiva': 's:cxo f:operations/2 x:general_management',
  diretor: 's:director fb:operations', 'socio fundador': 's:owner f:entrepreneurship/2', sócio: 's:partner fb:consulting', proprietário: 's:owner f:entrepreneurship/2',
  fundador: 's:owner f:entrepreneurship/2', gerente: 's:manager fb:operations', coordenador: 's:manager fb:operations', supervisor: 's:manager fb:operations',
  analista: 's:entry fb:research', pleno: 's:entry', sênior: 's:senior', júnior: 's:entry', estagiário: 's:training fb:administrative',
  voluntário: 's:unpaid fb:community_and_social_services', comercial: 'f:sales', vendas: 'f:sales', vendedor: 'f:sales/4', 'executivo contas': 's:entry f:sales/4',
  contas: 'f:sales/2', executivo: '-', compras: 'f:purchasing', comprador: 'f:purchasing/4', financeiro: 'f:finance', contador: 'f:accounting/4',
  'recursos humanos': 'f:human_resources', projetos: 'f:program_and_project_management/1', projeto: 'f:program_and_project_management/1',
  'gerente projetos': 's:manager f:program_and_project_management/4', sistemas: 'f:information_technology', engenheiro: 'f:engineering/2', engenharia: 'f:engineering',
  civil: 'f:engineering', desenvolvedor: 'f:engineering/3 x:software_development', advogado: 'f:legal/4', consultor: 'f:consulting/2', enfermeiro: 'f:healthcare_services/4',
  professora: 'f:education/4', inglês: '-', assistente: 's:entry f:administrative/1 assist', administrativo: 'f:administrative/3', técnico: 'f:engineering/2',
  suporte: 'f:customer_success_and_support/2', dados: 'f:information_technology/2 x:data_and_analytics', operações: 'f:operations', 'técnico suporte': 'f:information_technology/4',
  vendeur: 'f:sales/4', gestionnaire: 's:entry', paie: 'f:human_resources', 'gestionnaire paie': 's:entry f:human_resources/4', soignant: 'f:healthcare_services/4',
  'aide soignant': 'f:healthcare_services/4', développement: 'f:engineering/2', dependiente: 'f:sales/4', operaio: 'f:operations/4', geometra: 'f:engineering/4',
  magazziniere: 'f:operations/4', mantenimiento: 'f:engineering/2',
};
