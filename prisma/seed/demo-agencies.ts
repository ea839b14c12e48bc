// DEMO DATA — fictional. Organisation names follow the pattern of Värmland's public bodies so the
// demo feels real, but every address, phone number, e-mail address and description is invented.
// Phone numbers come from the ranges PTS reserves for fiction (070-174 06 xx, 08-465 004 xx);
// e-mail and web addresses use the reserved .example domain.
import type { AgencyInput } from '@repo/test-factories';

const DEMO_NOTE = 'Exempeldata: fiktiva kontaktuppgifter för demonstration.';

const ALL_VARMLAND = [
  '1715', '1730', '1737', '1760', '1761', '1762', '1763', '1764',
  '1765', '1766', '1780', '1781', '1782', '1783', '1784', '1785',
];

export interface Municipality {
  code: string;
  name: string;
  /** The municipality's own name for itself, e.g. "Kils kommun". */
  kommun: string;
  slug: string;
  postalCode: string;
}

export const MUNICIPALITIES: Municipality[] = [
  { code: '1715', name: 'Kil', kommun: 'Kils kommun', slug: 'kil', postalCode: '665 80' },
  { code: '1730', name: 'Eda', kommun: 'Eda kommun', slug: 'eda', postalCode: '673 81' },
  { code: '1737', name: 'Torsby', kommun: 'Torsby kommun', slug: 'torsby', postalCode: '685 80' },
  { code: '1760', name: 'Storfors', kommun: 'Storfors kommun', slug: 'storfors', postalCode: '688 80' },
  { code: '1761', name: 'Hammarö', kommun: 'Hammarö kommun', slug: 'hammaro', postalCode: '663 80' },
  { code: '1762', name: 'Munkfors', kommun: 'Munkfors kommun', slug: 'munkfors', postalCode: '684 80' },
  { code: '1763', name: 'Forshaga', kommun: 'Forshaga kommun', slug: 'forshaga', postalCode: '667 80' },
  { code: '1764', name: 'Grums', kommun: 'Grums kommun', slug: 'grums', postalCode: '664 80' },
  { code: '1765', name: 'Årjäng', kommun: 'Årjängs kommun', slug: 'arjang', postalCode: '672 80' },
  { code: '1766', name: 'Sunne', kommun: 'Sunne kommun', slug: 'sunne', postalCode: '686 80' },
  { code: '1780', name: 'Karlstad', kommun: 'Karlstads kommun', slug: 'karlstad', postalCode: '651 84' },
  { code: '1781', name: 'Kristinehamn', kommun: 'Kristinehamns kommun', slug: 'kristinehamn', postalCode: '681 84' },
  { code: '1782', name: 'Filipstad', kommun: 'Filipstads kommun', slug: 'filipstad', postalCode: '682 80' },
  { code: '1783', name: 'Hagfors', kommun: 'Hagfors kommun', slug: 'hagfors', postalCode: '683 80' },
  { code: '1784', name: 'Arvika', kommun: 'Arvika kommun', slug: 'arvika', postalCode: '671 81' },
  { code: '1785', name: 'Säffle', kommun: 'Säffle kommun', slug: 'saffle', postalCode: '661 80' },
];

let phoneSerial = 0;
/** The next number from PTS's fiction range 08-465 004 00–99. */
function fictionalPhone(): string {
  const serial = String(phoneSerial++ % 100).padStart(2, '0');
  return `08-465 004 ${serial}`;
}

function municipalAgencies(m: Municipality): AgencyInput[] {
  const common = {
    municipalityCodes: [m.code],
    streetAddress: 'Kommunhuset, Storgatan 1',
    postalCode: m.postalCode,
    city: m.name,
  };
  return [
    {
      ...common,
      name: `Socialtjänsten, ${m.kommun}`,
      sector: 'SOCIAL_SERVICES',
      phone: fictionalPhone(),
      email: `socialtjansten@${m.slug}.example`,
      website: `https://${m.slug}.example/socialtjanst`,
      description: `Individ- och familjeomsorg: barn och unga, orosanmälningar, fältsekreterare och stöd till anhöriga. ${DEMO_NOTE}`,
    },
    {
      ...common,
      name: `Skolförvaltningen, ${m.kommun}`,
      sector: 'SCHOOL',
      phone: fictionalPhone(),
      email: `skola@${m.slug}.example`,
      website: `https://${m.slug}.example/skola`,
      description: `Grundskola och gymnasium, elevhälsa och skolans trygghetsarbete. ${DEMO_NOTE}`,
    },
    {
      ...common,
      name: `Kommunledningskontoret, ${m.kommun}`,
      sector: 'POLITICS',
      phone: fictionalPhone(),
      email: `kommun@${m.slug}.example`,
      website: `https://${m.slug}.example`,
      description: `Kommunledning och kommunens samordnare mot våldsbejakande extremism; lokal handlingsplan. ${DEMO_NOTE}`,
    },
  ];
}

const code = (name: string) => {
  const found = MUNICIPALITIES.find((m) => m.name === name);
  if (!found) throw new Error(`Unknown municipality ${name}`);
  return found.code;
};

function policeArea(name: string, seat: string, covers: string[]): AgencyInput {
  return {
    name: `Lokalpolisområde ${name}`,
    sector: 'POLICE',
    municipalityCodes: covers.map(code),
    streetAddress: 'Polishuset',
    city: seat,
    phone: fictionalPhone(),
    email: `lpo.${name.toLowerCase().replace(/\s+/g, '-').replace(/[åä]/g, 'a').replace(/ö/g, 'o')}@polisen.example`,
    description: `Kommunpoliser och områdespoliser för ${covers.join(', ')}. I nödsituation: ring 112. ${DEMO_NOTE}`,
  };
}

function regional(input: Omit<AgencyInput, 'municipalityCodes'> & { municipalityCodes?: string[] }): AgencyInput {
  return { municipalityCodes: ALL_VARMLAND, phone: fictionalPhone(), ...input, description: `${input.description} ${DEMO_NOTE}` };
}

export const DEMO_AGENCIES: AgencyInput[] = [
  ...MUNICIPALITIES.flatMap(municipalAgencies),
  policeArea('Karlstad', 'Karlstad', ['Karlstad', 'Hammarö', 'Forshaga', 'Kil', 'Grums']),
  policeArea('Arvika', 'Arvika', ['Arvika', 'Eda', 'Årjäng', 'Säffle']),
  policeArea('Kristinehamn', 'Kristinehamn', ['Kristinehamn', 'Storfors', 'Filipstad']),
  policeArea('Norra Värmland', 'Hagfors', ['Hagfors', 'Torsby', 'Munkfors', 'Sunne']),
  regional({
    name: 'Polisområde Värmland',
    sector: 'POLICE',
    city: 'Karlstad',
    email: 'polisomrade.varmland@polisen.example',
    description: 'Polisområdet i Polisregion Bergslagen som leder lokalpolisområdena i länet.',
  }),
  regional({
    name: 'Länsstyrelsen Värmland',
    sector: 'COUNTY_ADMINISTRATION',
    city: 'Karlstad',
    email: 'lansstyrelsen@varmland.example',
    description: 'Regional brottsförebyggande samordnare; stöd till kommunernas arbete mot våldsbejakande extremism.',
  }),
  regional({
    name: 'Region Värmland, Barn- och ungdomspsykiatrin',
    sector: 'HEALTH_CARE',
    city: 'Karlstad',
    email: 'bup@regionvarmland.example',
    description: 'BUP för barn och unga i hela länet, samverkan med skola och socialtjänst.',
  }),
  regional({
    name: 'Region Värmland, Vuxenpsykiatrin',
    sector: 'HEALTH_CARE',
    city: 'Karlstad',
    email: 'vuxenpsykiatrin@regionvarmland.example',
    description: 'Psykiatrisk vård för vuxna, konsultation i ärenden om radikalisering.',
  }),
  regional({
    name: 'Brottsförebyggande Centrum i Värmland',
    sector: 'CIVIL_SOCIETY',
    city: 'Karlstad',
    email: 'info@bfc-varmland.example',
    description: 'Ideell förening för brottsförebyggande arbete; kunskapsstöd om avhopparverksamhet.',
  }),
  regional({
    name: 'Brottsofferjouren Värmland',
    sector: 'CIVIL_SOCIETY',
    city: 'Karlstad',
    email: 'info@boj-varmland.example',
    description: 'Stöd till brottsutsatta, vittnen och anhöriga.',
  }),
  regional({
    name: 'Exit Fryshuset',
    sector: 'CIVIL_SOCIETY',
    city: 'Stockholm',
    email: 'exit@fryshuset.example',
    description: 'Avhopparstöd för personer som vill lämna våldsbejakande miljöer och stöd till deras anhöriga.',
  }),
  regional({
    name: 'Center mot våldsbejakande extremism (CVE)',
    sector: 'NATIONAL_AGENCY',
    city: 'Stockholm',
    email: 'cve@bra.example',
    description: 'Nationellt kunskapscentrum vid Brå med stödtelefon för yrkesverksamma.',
  }),
  regional({
    name: 'Kriminalvården, Frivården Karlstad',
    sector: 'NATIONAL_AGENCY',
    city: 'Karlstad',
    email: 'frivarden.karlstad@kriminalvarden.example',
    description: 'Frivård och utslussning; samverkan kring personer som lämnar kriminella och extrema miljöer.',
  }),
  regional({
    name: 'Karlstads universitet, Institutionen för socialt arbete',
    sector: 'RESEARCH',
    city: 'Karlstad',
    email: 'socialt.arbete@kau.example',
    description: 'Forskning om radikalisering, förebyggande arbete och samverkan mellan myndigheter.',
  }),
  {
    name: 'Fritidsförvaltningen, Karlstads kommun',
    sector: 'LEISURE',
    municipalityCodes: [code('Karlstad')],
    city: 'Karlstad',
    phone: fictionalPhone(),
    email: 'fritid@karlstad.example',
    description: `Fritidsgårdar och öppen ungdomsverksamhet; F:et i SSPF. ${DEMO_NOTE}`,
  },
  {
    name: 'Fritid och kultur, Arvika kommun',
    sector: 'LEISURE',
    municipalityCodes: [code('Arvika'), code('Eda')],
    city: 'Arvika',
    phone: fictionalPhone(),
    email: 'fritid@arvika.example',
    description: `Ungdomsverksamhet i Arvika och, enligt avtal, i Eda. ${DEMO_NOTE}`,
  },
  {
    name: 'Ungdomens hus, Kristinehamns kommun',
    sector: 'LEISURE',
    municipalityCodes: [code('Kristinehamn')],
    city: 'Kristinehamn',
    phone: fictionalPhone(),
    email: 'ungdomenshus@kristinehamn.example',
    description: `Mötesplats för unga 13–20 år med fältassistenter kvällstid. ${DEMO_NOTE}`,
  },
];
