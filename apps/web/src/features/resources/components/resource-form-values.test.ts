import type { Resource } from '@repo/contracts';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import sv from '../../../lib/i18n/locales/sv';
import {
  emptyFormValues,
  hasChanges,
  lacksPublishedContent,
  ResourceFormSchema,
  type ResourceFormValues,
  resourceFieldErrorText,
  toCreateInput,
  toFormValues,
  toUpdateInput,
} from './resource-form-values';

const i18n = i18next.createInstance();
void i18n.init({ resources: { sv: { translation: sv } }, lng: 'sv', initAsync: false, interpolation: { escapeValue: false } });

const AGENCY = '6f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';
const OTHER_AGENCY = '0b5d7a8c-1e2f-4a3b-9c4d-5e6f7a8b9c0d';
const CONTACT = '3a2b1c0d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const filled: ResourceFormValues = {
  ...emptyFormValues({ ownerAgencyId: AGENCY, contactId: CONTACT }),
  title: 'Lokal handlingsplan mot våldsbejakande extremism, Kil kommun (exempel)',
  summary: 'Hur kommunen samordnar skola, socialtjänst och polis.',
  kind: 'ACTION_PLAN',
  linkUrl: ' https://www.kil.se/handlingsplan ',
};

const resource: Resource = {
  id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  title: 'Lägesbild Värmland 2026',
  summary: 'Sammanställning för nätverket.',
  kind: 'SITUATION_PICTURE',
  language: 'sv',
  ownerAgency: { id: AGENCY, name: 'Länsstyrelsen Värmland' },
  hasLink: false,
  fileCount: 1,
  visibility: 'OWNER_AGENCY',
  status: 'DRAFT',
  municipalityCodes: ['1715', '1784'],
  sectors: ['SCHOOL'],
  competences: [{ id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d', slug: 'avhopparstod', nameSv: 'Avhopparstöd', nameEn: 'Exit support' }],
  publishedAt: null,
  updatedAt: '2026-11-20T10:00:00.000Z',
  linkUrl: null,
  contact: { id: CONTACT, name: 'Sara Lind', email: null, phone: null },
  createdBy: null,
  files: [],
  canEdit: true,
  version: 4,
  createdAt: '2026-11-20T10:00:00.000Z',
};

const issuesOf = (values: ResourceFormValues) =>
  (ResourceFormSchema.safeParse(values).error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));

describe('the resource form', () => {
  it('takes https: and mailto: links, a blank one, and refuses any other scheme as the contract does', () => {
    expect(issuesOf(filled)).toEqual([]);
    expect(issuesOf({ ...filled, linkUrl: '' })).toEqual([]);
    expect(issuesOf({ ...filled, linkUrl: 'mailto:samordnare@kil.se' })).toEqual([]);
    for (const linkUrl of ['http://www.kil.se/plan', 'javascript:alert(1)', 'ftp://kil.se/plan', 'www.kil.se']) {
      expect(issuesOf({ ...filled, linkUrl }).map((issue) => issue.path)).toEqual(['linkUrl']);
    }
  });

  it('words the problems in Swedish: a bad link, a personnummer, a missing kind', () => {
    const issues = ResourceFormSchema.safeParse({ ...filled, title: 'Plan för 121212-1212', kind: '', linkUrl: 'http://kil.se' }).error?.issues ?? [];
    const text = (path: string) => {
      const issue = issues.find((candidate) => candidate.path.join('.') === path);
      return issue && resourceFieldErrorText(i18n.t, path as 'title', { type: issue.code, message: issue.message });
    };
    expect(text('title')).toMatch(/^Rubriken får inte innehålla personnummer/);
    expect(text('kind')).toBe('Välj ett alternativ.');
    expect(text('linkUrl')).toMatch(/^Skriv en fullständig adress som börjar med https:\/\//);
  });

  it('shares for the own agency when none is chosen, trims the link, and saves a draft first when files are to follow', () => {
    expect(toCreateInput({ ...filled, ownerAgencyId: '', status: 'PUBLISHED' }, { hasFilesToUpload: false })).toEqual({
      title: filled.title,
      summary: filled.summary,
      kind: 'ACTION_PLAN',
      language: 'sv',
      linkUrl: 'https://www.kil.se/handlingsplan',
      contactId: CONTACT,
      municipalityCodes: [],
      sectors: [],
      competenceIds: [],
      visibility: 'NETWORK',
      status: 'PUBLISHED',
    });
    expect(toCreateInput({ ...filled, status: 'PUBLISHED' }, { hasFilesToUpload: true })).toMatchObject({ ownerAgencyId: AGENCY, status: 'DRAFT' });
    expect(toCreateInput({ ...filled, linkUrl: '  ', contactId: '' }, { hasFilesToUpload: false })).toMatchObject({ linkUrl: null, contactId: null });
  });

  it('sends only what changed, with the version edited', () => {
    const saved = toFormValues(resource);
    expect(saved).toMatchObject({ linkUrl: '', contactId: CONTACT, competenceIds: [resource.competences[0]?.id], municipalityCodes: ['1715', '1784'] });
    const same = toUpdateInput(saved, { ...saved, municipalityCodes: ['1784', '1715'], title: ` ${saved.title}` }, 4);
    expect(same).toEqual({ version: 4 });
    expect(hasChanges(same)).toBe(false);
    const edited = toUpdateInput(saved, { ...saved, status: 'PUBLISHED', linkUrl: 'https://kil.se/plan', ownerAgencyId: OTHER_AGENCY, contactId: '' }, 4);
    expect(edited).toEqual({ version: 4, status: 'PUBLISHED', linkUrl: 'https://kil.se/plan', ownerAgencyId: OTHER_AGENCY, contactId: null });
  });

  it('knows when publishing lacks both link and file', () => {
    expect(lacksPublishedContent({ status: 'PUBLISHED', linkUrl: ' ' }, 0)).toBe(true);
    expect(lacksPublishedContent({ status: 'PUBLISHED', linkUrl: ' ' }, 1)).toBe(false);
    expect(lacksPublishedContent({ status: 'PUBLISHED', linkUrl: 'mailto:a@kil.se' }, 0)).toBe(false);
    expect(lacksPublishedContent({ status: 'DRAFT', linkUrl: '' }, 0)).toBe(false);
  });
});
