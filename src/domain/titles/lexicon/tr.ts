import type { LexiconSource } from './types.ts';

/** Turkish (ı → i, ş → s, ğ → g, ü → u after normalisation; possessive suffixes listed as forms). */
export const TR: LexiconSource = {
  'genel müdür': 's:cxo f:operations/2 x:general_management', 'genel müdürü': 's:cxo f:operations/2 x:general_management',
  'genel müdür yardımcısı': 's:vp f:operations/2', 'yönetim kurulu başkanı': 's:cxo f:operations/2', 'yönetim kurulu üyesi': 's:cxo f:operations/2',
  kurucu: 's:owner f:entrepreneurship/2', 'kurucu ortak': 's:owner f:entrepreneurship/2', sahibi: 's:owner f:entrepreneurship/2', ortak: 's:partner fb:consulting',
  şirket: '-', müdür: 's:manager fb:operations', müdürü: 's:manager fb:operations', yardımcısı: '-', direktör: 's:director fb:operations', direktörü: 's:director fb:operations',
  yönetici: 's:manager fb:operations', yöneticisi: 's:manager fb:operations', şef: 's:manager fb:operations', şefi: 's:manager fb:operations',
  uzman: 's:entry', uzmanı: 's:entry', kıdemli: 's:senior', temsilci: 's:entry', temsilcisi: 's:entry', asistan: 's:entry f:administrative/4 assist',
  asistanı: 's:entry f:administrative/4 assist', stajyer: 's:training fb:administrative', gönüllü: 's:unpaid fb:community_and_social_services',
  satış: 'f:sales', pazarlama: 'f:marketing', 'insan kaynakları': 'f:human_resources', 'bilgi işlem': 'f:information_technology', 'bilgi teknolojileri': 'f:information_technology',
  'satın alma': 'f:purchasing', satınalma: 'f:purchasing', finans: 'f:finance', muhasebe: 'f:accounting', üretim: 'f:operations', kalite: 'f:quality_assurance',
  lojistik: 'f:operations x:supply_chain', proje: 'f:program_and_project_management/1', 'proje yöneticisi': 's:manager f:program_and_project_management/4',
  yazılım: 'f:engineering x:software_development', mühendis: 'f:engineering/2', mühendisi: 'f:engineering/2', geliştirici: 'f:engineering/3 x:software_development',
  makine: 'f:engineering', avukat: 'f:legal/4', danışman: 'f:consulting/2', danışmanı: 'f:consulting/2', hemşire: 'f:healthcare_services/4', öğretmen: 'f:education/4',
  öğretmeni: 'f:education/4', 'müşteri temsilcisi': 's:entry f:customer_success_and_support/4', 'müşteri hizmetleri': 'f:customer_success_and_support/4',
  müşteri: 'f:customer_success_and_support/1', 'ar ge': 'f:research',
  eleman: 's:entry', elemanı: 's:entry', bölge: '-', şube: 'f:sales/1',
};
