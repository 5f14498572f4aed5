import { describe, expect, it } from 'vitest';
import { customKeyOf, resolveMapping } from './mapping.ts';
import { headerKey } from './fields.ts';
import { domainOf, parseTime, readPersonRow } from './rows.ts';

describe('import header recognition', () => {
  it('folds case, accents, spaces and punctuation', () => {
    expect(['First Name', 'FirstName', 'first_name', 'FIRSTNAME', ' first-name '].map(headerKey)).toEqual(Array(5).fill('firstname'));
    expect(headerKey('Prénom')).toBe('prenom');
  });

  it('recognises Salesforce, HubSpot and Marketo exports', () => {
    expect(resolveMapping('people', ['ID', 'ACCOUNTID', 'FIRSTNAME', 'LASTNAME', 'TITLE', 'EMAIL']).mapping).toEqual({ ID: 'externalId', ACCOUNTID: 'accountExternalId', FIRSTNAME: 'firstName', LASTNAME: 'lastName', TITLE: 'jobTitle', EMAIL: 'email' });
    expect(resolveMapping('people', ['Record ID', 'Email', 'Job Title', 'Company Name', 'Associated Company IDs', 'Company Domain Name', 'Phone Number', 'Mobile Phone Number']).mapping).toEqual({
      'Record ID': 'externalId',
      Email: 'email',
      'Job Title': 'jobTitle',
      'Company Name': 'accountName',
      'Associated Company IDs': 'accountExternalId',
      'Company Domain Name': 'accountDomain',
      'Phone Number': 'phone',
      'Mobile Phone Number': null,
    });
    expect(resolveMapping('people', ['id', 'email', 'firstName', 'company', 'title']).mapping).toEqual({ id: 'externalId', email: 'email', firstName: 'firstName', company: 'accountName', title: 'jobTitle' });
    // HubSpot companies: the domain column wins over the website for `domain`.
    const companies = resolveMapping('accounts', ['Record ID', 'Company name', 'Website URL', 'Company Domain Name', 'Parent Company']);
    expect(companies.mapping).toEqual({ 'Record ID': 'externalId', 'Company name': 'name', 'Website URL': null, 'Company Domain Name': 'domain', 'Parent Company': 'parentName' });
    expect(companies.unmapped).toEqual(['Website URL']);
    expect(resolveMapping('accounts', ['Account ID', 'Account Name', 'Parent Account ID']).mapping).toEqual({ 'Account ID': 'externalId', 'Account Name': 'name', 'Parent Account ID': 'parentExternalId' });
  });

  it('an explicit mapping wins; unknown fields, absent columns and missing required fields are reported', () => {
    const r = resolveMapping('people', ['Courriel', 'Email', 'Notes'], { Courriel: 'email', Notes: 'custom.notes' });
    expect(r.mapping).toEqual({ Courriel: 'email', Email: null, Notes: 'custom.notes' });
    expect(r.unmapped).toEqual(['Email']);
    expect(resolveMapping('people', ['Email'], { Email: 'mail', Other: 'email' }).errors).toHaveLength(2);
    expect(resolveMapping('people', ['Name']).missingRequired).toEqual(['email']);
    expect(resolveMapping('relations', ['Email']).missingRequired).toEqual(['accountExternalId or accountDomain or accountName']);
  });
});

describe('import row rules', () => {
  const ctx = (mapping: Record<string, string | null>) => ({ row: 2, mapping, keepUnmapped: true });
  it('trims, keeps empty cells absent, refuses bad values with the column', () => {
    const ok = readPersonRow({ E: '  Ada@Example.COM ', T: ' CTO ', U: 'yes', X: 'v' }, ctx({ E: 'email', T: 'jobTitle', U: 'unsubscribed', X: null }));
    expect(ok).toMatchObject({ ok: true, value: { email: 'Ada@Example.COM', jobTitle: 'CTO', unsubscribed: true, firstName: null, custom: { X: 'v' } } });
    const bad = readPersonRow({ E: 'ada@', U: 'maybe' }, ctx({ E: 'email', U: 'unsubscribed' }));
    expect(bad).toEqual({ ok: false, problems: [{ row: 2, column: 'E', value: 'ada@', reason: 'must be a valid email address' }, { row: 2, column: 'U', value: 'maybe', reason: 'must be true or false (yes/no, 1/0)' }] });
  });
  it('reads domains, times and custom keys', () => {
    expect(domainOf('https://www.Example.com:8443/about?x')).toBe('example.com');
    expect(parseTime('2026-01-31')).toBe(Date.parse('2026-01-31T00:00:00Z'));
    expect(parseTime('2026-01-31 09:30')).toBe(Date.parse('2026-01-31T09:30:00Z'));
    expect(parseTime('yesterday')).toBeNull();
    expect(customKeyOf('Lead Source (2)')).toBe('Lead_Source_2');
    expect(customKeyOf('2024 budget')).toBe('_2024_budget');
  });
});
