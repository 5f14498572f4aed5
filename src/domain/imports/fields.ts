/**
 * The fields each import type accepts, and the headers of common CRM exports that name them
 * (integrations.md §C: Salesforce API names and report labels, HubSpot labels and internal
 * names, Marketo REST names and UI labels). Headers are compared by `headerKey` — accents,
 * case, spaces and punctuation dropped — so `First Name`, `FirstName`, `first_name` and
 * `FIRSTNAME` are one header. Aliases are in priority order: when two columns name the same
 * field (HubSpot's `Company Domain Name` and `Website URL`), the earlier alias wins.
 */
import type { FieldInfo, ImportType } from './types.ts';

export interface FieldDef extends FieldInfo {
  /** headerKey()s of the headers that name this field, strongest first. */
  aliases: readonly string[];
}

/** `Account ID` → `accountid`, `Prénom` → `prenom`, `E-mail` → `email`. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const f = (name: string, label: string, aliases: string[], description = '', required = false): FieldDef => ({ name, label, required, description, aliases });

const ACCOUNT_REF = {
  accountExternalId: (extra: string[] = []) =>
    f('accountExternalId', 'Account external id', ['accountexternalid', 'accountid', ...extra, 'associatedcompanyids', 'associatedcompanyid', 'companyid'], 'The related account, by its external (CRM) id; several ids separated by ";" relate to several accounts.'),
  accountDomain: (extra: string[] = []) => f('accountDomain', 'Account domain', ['accountdomain', 'companydomainname', 'companydomain', ...extra], 'The related account, by its domain (a URL is reduced to its host).'),
  accountName: (extra: string[] = []) => f('accountName', 'Account name', ['accountname', 'companyname', 'company', 'associatedcompany', 'companyaccount', ...extra], 'The related account, by its name (used when no external id or domain is given; must name exactly one account).'),
};

const PERSON_FIELDS: FieldDef[] = [
  f('email', 'Email', ['email', 'emailaddress', 'workemail', 'businessemail', 'mail', 'courriel'], 'The person’s identity: unique, compared case-insensitively.', true),
  f('externalId', 'External id', ['externalid', 'id', 'contactid', 'recordid', 'leadid', 'hsobjectid', 'personid'], 'The CRM id; people are matched by it first, then by email.'),
  f('firstName', 'First name', ['firstname', 'givenname', 'prenom']),
  f('lastName', 'Last name', ['lastname', 'surname', 'familyname', 'nom']),
  f('jobTitle', 'Job title', ['jobtitle', 'title', 'position', 'fonction']),
  f('department', 'Department', ['department']),
  f('seniority', 'Seniority', ['seniority']),
  f('explicitSeniority', 'Seniority level (LinkedIn)', ['senioritylevel', 'linkedinseniority', 'explicitseniority'], 'Sets the person’s seniority explicitly (it wins over the one derived from the title): one of LinkedIn’s ten levels, by id or label (cxo, vp, director, manager, senior, entry, training, unpaid, partner, owner).'),
  f('explicitFunction', 'Job function', ['jobfunction', 'linkedinjobfunction', 'explicitfunction'], 'Sets the person’s primary function explicitly (it wins over the derived one): one of LinkedIn’s 26 job functions, by id or label (information_technology or “Information Technology”).'),
  f('phone', 'Phone', ['phone', 'phonenumber', 'businessphone', 'workphone', 'mobilephonenumber', 'mobilephone', 'mobile']),
  f('country', 'Country', ['country', 'mailingcountry', 'countryregion', 'pays']),
  f('state', 'State', ['state', 'mailingstate', 'stateregion', 'province', 'region']),
  f('city', 'City', ['city', 'mailingcity', 'ville']),
  f('postalCode', 'Postal code', ['postalcode', 'mailingpostalcode', 'zip', 'zipcode', 'postcode']),
  f('emailInvalid', 'Email invalid', ['emailinvalid'], 'true/false, yes/no, 1/0.'),
  f('emailSuspended', 'Email suspended', ['emailsuspended'], 'true/false, yes/no, 1/0.'),
  f('unsubscribed', 'Unsubscribed', ['unsubscribed', 'hasoptedoutofemail', 'emailoptout', 'optedout'], 'true/false, yes/no, 1/0.'),
  ACCOUNT_REF.accountExternalId(['convertedaccountid']),
  ACCOUNT_REF.accountDomain(),
  ACCOUNT_REF.accountName(['account']),
  f('relationType', 'Relation type', ['relationtype'], 'employee (default) or contractor, for the relation to the account.'),
].map((d) => ({ ...d, description: d.description || `The person’s ${d.label.toLowerCase()}.` }));

const ACCOUNT_FIELDS: FieldDef[] = [
  f('externalId', 'External id', ['externalid', 'id', 'accountid', 'recordid', 'companyid', 'hsobjectid'], 'The CRM id; accounts are matched by it first, then by domain, then by name.'),
  f('name', 'Name', ['name', 'accountname', 'companyname', 'company'], 'Required, at most 255 characters.', true),
  f('domain', 'Domain', ['domain', 'companydomainname', 'accountdomain', 'website', 'websiteurl'], 'A domain or a URL (reduced to its host).'),
  f('industry', 'Industry', ['industry']),
  f('employees', 'Employees', ['employees', 'numberofemployees', 'employeecount', 'numemployees'], 'A whole number.'),
  f('annualRevenue', 'Annual revenue', ['annualrevenue', 'revenue'], 'A number.'),
  f('country', 'Country', ['country', 'billingcountry', 'countryregion']),
  f('region', 'Region', ['region']),
  f('state', 'State', ['state', 'billingstate', 'stateregion', 'province']),
  f('city', 'City', ['city', 'billingcity']),
  f('sicCode', 'SIC code', ['siccode', 'sic']),
  f('parentExternalId', 'Parent external id', ['parentexternalid', 'parentid', 'parentaccountid', 'parentcompanyid'], 'The parent account by external id (it may come later in the file).'),
  f('parentDomain', 'Parent domain', ['parentdomain'], 'The parent account by domain.'),
  f('parentName', 'Parent name', ['parentname', 'parentaccount', 'parentaccountname', 'parentcompany'], 'The parent account by name.'),
].map((d) => ({ ...d, description: d.description || `The account’s ${d.label.toLowerCase()}.` }));

const PERSON_REF = [
  f('personEmail', 'Person email', ['personemail', 'email', 'emailaddress', 'contactemail', 'leademail'], 'The person, by email (case-insensitive).'),
  f('personExternalId', 'Person external id', ['personexternalid', 'personid', 'contactid', 'leadid'], 'The person, by external id (when no email is given).'),
];

const RELATION_FIELDS: FieldDef[] = [
  ...PERSON_REF,
  ACCOUNT_REF.accountExternalId(),
  ACCOUNT_REF.accountDomain(['domain']),
  ACCOUNT_REF.accountName(['account']),
  f('relationType', 'Relation type', ['relationtype', 'type'], 'employee (default) or contractor.'),
  f('roles', 'Roles in the account', ['roles', 'role', 'rolesinaccount'], 'The person’s roles in the account, separated by ";".'),
  f('startedOn', 'Started on', ['startedon', 'startdate', 'start'], 'A date (YYYY-MM-DD).'),
  f('endedOn', 'Ended on', ['endedon', 'enddate', 'end'], 'A date (YYYY-MM-DD); the person left the account after it.'),
];

const ACTIVITY_FIELDS: FieldDef[] = [
  ...PERSON_REF,
  f('type', 'Type', ['type', 'activitytype', 'activity'], 'A known activity type (e.g. email_opened, form_filled).', true),
  f('occurredAt', 'Occurred at', ['occurredat', 'activitydate', 'date', 'timestamp', 'time', 'datetime'], 'An ISO 8601 time (or epoch milliseconds); not in the future.', true),
  ACCOUNT_REF.accountExternalId(),
];

const MEMBER_FIELDS: FieldDef[] = [
  ACCOUNT_REF.accountExternalId(),
  ACCOUNT_REF.accountDomain(['domain']),
  ACCOUNT_REF.accountName(['account']),
  f('personEmail', 'Person email', ['personemail', 'email', 'emailaddress', 'contactemail'], 'The member, by email (case-insensitive).', true),
  f('solutionInterest', 'Solution interest', ['solutioninterest', 'solutioninterestid', 'solution', 'offering'], 'The solution interest, by name or id.', true),
  f('role', 'Role', ['role', 'buyingrole', 'buyinggrouprole', 'roleid', 'contactrole'], 'The member’s role, by name or id; must be in the solution interest’s template.', true),
  f('stage', 'Stage', ['stage'], 'Optional: the group’s stage key (moved when the stage model allows it).'),
  f('status', 'Status', ['status', 'statuslabel'], 'Optional: the group’s status label (at most 50 characters).'),
];

export const IMPORT_FIELDS: Record<ImportType, readonly FieldDef[]> = {
  accounts: ACCOUNT_FIELDS,
  people: PERSON_FIELDS,
  relations: RELATION_FIELDS,
  activities: ACTIVITY_FIELDS,
  members: MEMBER_FIELDS,
};

/** Types whose rows may keep unmapped columns as custom attributes. */
export const CUSTOM_TYPES: ReadonlySet<ImportType> = new Set(['accounts', 'people']);

/** "One of these must be mapped" groups, beyond the required fields. */
export const ONE_OF: Record<ImportType, readonly (readonly string[])[]> = {
  accounts: [],
  people: [],
  relations: [
    ['personEmail', 'personExternalId'],
    ['accountExternalId', 'accountDomain', 'accountName'],
  ],
  activities: [['personEmail', 'personExternalId']],
  members: [['accountExternalId', 'accountDomain', 'accountName']],
};

export function fieldInfos(type: ImportType): FieldInfo[] {
  return IMPORT_FIELDS[type].map(({ name, label, required, description }) => ({ name, label, required, description }));
}
