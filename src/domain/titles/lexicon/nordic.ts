import type { LexiconSource } from './types.ts';

/** Swedish, Danish and Norwegian (ø → o, æ → ae, å → a after normalisation; compounds are split). */
export const NORDIC: LexiconSource = {
  // sv
  'verkställande direktör': 's:cxo f:operations/2 x:general_management', grundare: 's:owner f:entrepreneurship/2', ägare: 's:owner f:entrepreneurship/2',
  delägare: 's:partner fb:consulting', direktör: 's:director fb:operations', ansvarig: 's:manager fb:operations', ledare: 's:manager fb:operations',
  teamledare: 's:manager fb:operations', projektledare: 's:manager f:program_and_project_management/4', försäljning: 'f:sales', marknad: 'f:marketing',
  ekonomi: 'f:finance', ekonomiassistent: 'f:accounting/4', inköp: 'f:purchasing', produktion: 'f:operations', avdelning: '-', grupp: '-', kundtjänst: 'f:customer_success_and_support/4',
  säljare: 'f:sales/4', inköpare: 'f:purchasing/4', redovisning: 'f:accounting', ekonom: 'f:finance/2', utvecklare: 'f:engineering/3 x:software_development',
  mjukvaru: 'f:engineering x:software_development', ingenjör: 'f:engineering/2', civilingenjör: 'f:engineering/2', konsult: 'f:consulting/2', rekryterare: 'f:human_resources/4',
  advokat: 'f:legal/4', sjuksköterska: 'f:healthcare_services/4', lärare: 'f:education/4', handläggare: 'f:administrative/3', medarbetare: 's:entry',
  sälj: 'f:sales', utveckling: 'f:engineering', kund: 'f:sales/2', butik: 'f:sales', butikk: 'f:sales', marknadsförare: 'f:marketing/4',
  markedsfører: 'f:marketing/4', ansvarlig: 's:manager fb:operations', økonomiassistent: 'f:accounting/4', kommunikation: 'f:media_and_communication',
  specialist: 's:entry', lager: 'f:operations', arbetare: 's:entry', inne: '-',
  // da / no
  'administrerende direktør': 's:cxo f:operations/2 x:general_management', 'adm direktør': 's:cxo f:operations/2 x:general_management',
  'daglig leder': 's:cxo f:operations/2 x:general_management', direktør: 's:director fb:operations', leder: 's:manager fb:operations', sjef: 's:manager fb:operations',
  teamleder: 's:manager fb:operations', projektleder: 's:manager f:program_and_project_management/4', prosjektleder: 's:manager f:program_and_project_management/4',
  afdeling: '-', avdeling: '-', salg: 'f:sales', marked: 'f:marketing', marketing: 'f:marketing', økonomi: 'f:finance', indkøb: 'f:purchasing', innkjøp: 'f:purchasing',
  indehaver: 's:owner f:entrepreneurship/2', innehaver: 's:owner f:entrepreneurship/2', medstifter: 's:owner f:entrepreneurship/2', stifter: 's:owner f:entrepreneurship/2',
  grundlægger: 's:owner f:entrepreneurship/2', gründer: 's:owner f:entrepreneurship/2', sælger: 'f:sales/4', selger: 'f:sales/4', indkøber: 'f:purchasing/4',
  innkjøper: 'f:purchasing/4', bogholder: 'f:accounting/4', regnskapsfører: 'f:accounting/4', regnskab: 'f:accounting', regnskap: 'f:accounting',
  udvikler: 'f:engineering/3 x:software_development', utvikler: 'f:engineering/3 x:software_development', ingeniør: 'f:engineering/2', konsulent: 'f:consulting/2',
  rådgiver: 'f:consulting/2', rådgivare: 'f:consulting/2', sygeplejerske: 'f:healthcare_services/4', sykepleier: 'f:healthcare_services/4', lærer: 'f:education/4',
  lektor: 'f:education/4', studentermedhjælper: 's:training fb:administrative', lærling: 's:training fb:administrative', frivillig: 's:unpaid fb:community_and_social_services',
  kundeservice: 'f:customer_success_and_support/4', kundebehandler: 'f:customer_success_and_support/4', medarbejder: 's:entry',
  medarbeider: 's:entry',
};
