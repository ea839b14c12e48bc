// DEMO DATA — fictional people. Names are drawn from common Swedish first and last names and
// combined by rule; any likeness to a real person is chance. Addresses use the reserved .example
// domain and phones PTS's fiction range 070-174 06 xx.
import type { FunctionKind } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { DEMO_AGENCIES, MUNICIPALITIES, type Municipality } from './demo-agencies';

const FIRST_NAMES = [
  'Anna', 'Erik', 'Maria', 'Johan', 'Karin', 'Lars', 'Sara', 'Anders', 'Emma', 'Per', 'Elin', 'Mikael',
  'Lina', 'Fredrik', 'Hanna', 'Jonas', 'Ida', 'Magnus', 'Sofia', 'Patrik', 'Amira', 'Ahmed', 'Leyla', 'Omar',
  'Malin', 'Niklas', 'Therese', 'Daniel', 'Jenny', 'Tobias', 'Frida', 'Mattias', 'Linnea', 'Kristoffer',
];
const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Lindberg', 'Lindqvist', 'Berg',
  'Nyström', 'Holm', 'Sandberg', 'Ali', 'Hassan', 'Mohammed', 'Åberg', 'Öberg', 'Sundqvist', 'Wallin',
];

interface Seat {
  /** The function's name; "{kommun}" and "{name}" are filled in. */
  name: string;
  kind: FunctionKind;
  agency: (m: Municipality) => string;
  title: string;
  competences: string[];
}

/** The key functions of every municipality (DOMAIN.md, "Typical functions"). */
const MUNICIPAL_SEATS: Seat[] = [
  {
    name: 'Samordnare mot våldsbejakande extremism, {kommun}',
    kind: 'CVE_COORDINATOR',
    agency: (m) => `Kommunledningskontoret, ${m.kommun}`,
    title: 'Samordnare mot våldsbejakande extremism',
    competences: ['lokal-handlingsplan', 'lagesbild', 'radikalisering-tidiga-tecken'],
  },
  {
    name: 'SSPF-samordnare, {name}',
    kind: 'SSP_COORDINATOR',
    agency: (m) => `Socialtjänsten, ${m.kommun}`,
    title: 'SSPF-samordnare',
    competences: ['ssp-samverkan', 'orosanmalan'],
  },
  {
    name: 'Fältsekreterare, {name}',
    kind: 'SOCIAL_WORKER',
    agency: (m) => `Socialtjänsten, ${m.kommun}`,
    title: 'Fältsekreterare',
    competences: ['samtalsstod', 'anhorigstod', 'radikalisering-tidiga-tecken'],
  },
  {
    name: 'Skolkurator med trygghetsuppdrag, {name}',
    kind: 'SCHOOL_WELFARE',
    agency: (m) => `Skolförvaltningen, ${m.kommun}`,
    title: 'Skolkurator',
    competences: ['skolans-trygghetsarbete', 'samtalsstod'],
  },
];

/** Colleagues without a seat, so each municipality has a realistic spread of competences. */
const OTHER_STAFF: Omit<Seat, 'name' | 'kind'>[] = [
  { agency: (m) => `Socialtjänsten, ${m.kommun}`, title: 'Socialsekreterare, barn och unga', competences: ['orosanmalan', 'anhorigstod'] },
  { agency: (m) => `Socialtjänsten, ${m.kommun}`, title: 'Barnhandläggare', competences: ['orosanmalan'] },
  { agency: (m) => `Skolförvaltningen, ${m.kommun}`, title: 'Rektor', competences: ['skolans-trygghetsarbete', 'lokal-handlingsplan'] },
  { agency: (m) => `Skolförvaltningen, ${m.kommun}`, title: 'Elevhälsochef', competences: ['skolans-trygghetsarbete', 'utbildning-handledning'] },
  { agency: (m) => `Kommunledningskontoret, ${m.kommun}`, title: 'Trygghetssamordnare', competences: ['lagesbild', 'hot-mot-fortroendevalda'] },
  { agency: (m) => `Kommunledningskontoret, ${m.kommun}`, title: 'Säkerhetschef', competences: ['hot-mot-fortroendevalda', 'juridik-sekretess'] },
  { agency: (m) => `Socialtjänsten, ${m.kommun}`, title: 'Familjebehandlare', competences: ['samtalsstod', 'anhorigstod'] },
  { agency: (m) => `Skolförvaltningen, ${m.kommun}`, title: 'Skolsköterska', competences: ['samtalsstod'] },
];

/** Regional seats and people, each at a named regional agency. */
const REGIONAL: { agency: string; seat?: { name: string; kind: FunctionKind }; title: string; competences: string[] }[] = [
  { agency: 'Länsstyrelsen Värmland', seat: { name: 'Regional brottsförebyggande samordnare, Länsstyrelsen Värmland', kind: 'REGIONAL_COORDINATOR' }, title: 'Regional samordnare', competences: ['lagesbild', 'lokal-handlingsplan', 'utbildning-handledning'] },
  { agency: 'Länsstyrelsen Värmland', title: 'Handläggare, våldsbejakande extremism', competences: ['lagesbild', 'hogerextremism', 'islamistisk-extremism'] },
  { agency: 'Exit Fryshuset', seat: { name: 'Avhopparstödjare, Exit Fryshuset', kind: 'EXIT_SUPPORT' }, title: 'Avhopparstödjare', competences: ['avhopparstod', 'anhorigstod', 'hogerextremism'] },
  { agency: 'Exit Fryshuset', title: 'Anhörigstödjare', competences: ['anhorigstod', 'samtalsstod'] },
  { agency: 'Brottsförebyggande Centrum i Värmland', title: 'Verksamhetsledare', competences: ['avhopparstod', 'vansterextremism', 'utbildning-handledning'] },
  { agency: 'Center mot våldsbejakande extremism (CVE)', seat: { name: 'Stödtelefonen för yrkesverksamma, CVE', kind: 'OTHER' }, title: 'Utredare', competences: ['radikalisering-tidiga-tecken', 'islamistisk-extremism', 'juridik-sekretess'] },
  { agency: 'Region Värmland, Barn- och ungdomspsykiatrin', title: 'Kurator', competences: ['samtalsstod', 'anhorigstod'] },
  { agency: 'Polisområde Värmland', seat: { name: 'Regional samverkansansvarig, Polisområde Värmland', kind: 'REGIONAL_COORDINATOR' }, title: 'Samverkansansvarig', competences: ['lagesbild', 'hot-mot-fortroendevalda'] },
  { agency: 'Kriminalvården, Frivården Karlstad', title: 'Frivårdsinspektör', competences: ['avhopparstod'] },
  { agency: 'Karlstads universitet, Institutionen för socialt arbete', title: 'Forskare', competences: ['radikalisering-tidiga-tecken', 'utbildning-handledning'] },
];

/** Municipalities whose extremism coordinator seat stands vacant in the demo. */
const VACANT_COORDINATOR_SEATS = new Set(['1760', '1762']);

/**
 * Every municipality's community police officer ("Kommunpolis, Eda kommun"), at the local police
 * area covering it: Eda's and Storfors's seats stand vacant, three officers are overdue for
 * verification, and Kristinehamn's is away with a colleague of the same police area deputising.
 */
const COMMUNITY_POLICE = {
  title: 'Kommunpolis',
  competences: ['lagesbild', 'ssp-samverkan', 'radikalisering-tidiga-tecken'],
  vacant: new Set(['1730', '1760']),
  stale: new Set(['1737', '1764', '1785']),
  away: new Set(['1781']),
};

/** The local police area ("Lokalpolisområde …") covering a municipality. */
function policeAreaOf(m: Municipality): string {
  const area = DEMO_AGENCIES.find((a) => a.name.startsWith('Lokalpolisområde ') && a.municipalityCodes.includes(m.code));
  if (!area) throw new Error(`Demo roster: no local police area covers ${m.name}`);
  return area.name;
}

const DAY = 86_400_000;

/** A demo account whose own contact entry this is. */
interface DemoUser {
  id: string;
  name: string;
}

/** A contact's state chosen by the demo rather than by its serial number. */
interface Freshness {
  isStale: boolean;
  isAway: boolean;
}

/** Deterministic: the same demo on every machine. */
class Roster {
  private serial = 0;
  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly agencies: Map<string, string>,
    private readonly competences: Map<string, string>,
    private readonly now: Date,
  ) {}

  private agencyId(name: string): string {
    const id = this.agencies.get(name);
    if (!id) throw new Error(`Demo roster: no agency named ${name}`);
    return id;
  }

  async contact(agencyName: string, title: string, competenceSlugs: string[], municipalityCodes: string[], user?: DemoUser, freshness?: Freshness) {
    const n = this.serial++;
    const first = FIRST_NAMES[(n * 7) % FIRST_NAMES.length]!;
    const last = LAST_NAMES[(n * 11 + Math.floor(n / FIRST_NAMES.length)) % LAST_NAMES.length]!;
    const slug = `${first}.${last}`.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o');
    // About one in seven unverified for over a year, one in twelve away for a while, unless chosen.
    const isStale = freshness?.isStale ?? n % 7 === 3;
    const isAway = freshness?.isAway ?? n % 12 === 5;
    const verifiedDaysAgo = isStale ? 380 + (n % 200) : n % 300;
    // The freshness loop: every other stale contact was mailed and reminded without answering and
    // waits in the coordinators' verification queue; the rest get their first mail at the next sweep.
    const daysAgo = (days: number) => new Date(this.now.getTime() - days * DAY);
    const loop = isStale && n % 2 === 1 ? { verificationRequestedAt: daysAgo(45), verificationRemindedAt: daysAgo(31), verificationQueuedAt: daysAgo(17) } : {};
    return this.tx.contact.create({
      data: {
        agencyId: this.agencyId(agencyName),
        userId: user?.id ?? null,
        name: user?.name ?? `${first} ${last}`,
        title,
        email: `${slug}${n}@demo-kontakt.example`,
        phone: `070-174 06 ${String(5 + (n % 95)).padStart(2, '0')}`,
        languages: n % 9 === 0 ? ['sv', 'en', 'ar'] : n % 4 === 0 ? ['sv', 'en'] : ['sv'],
        askMeAbout: competenceSlugs.length > 0 ? `Frågor om ${title.toLowerCase()} i vardagen. (Exempeldata.)` : null,
        awayUntil: isAway ? new Date(this.now.getTime() + (20 + (n % 60)) * DAY) : null,
        lastVerifiedAt: new Date(this.now.getTime() - verifiedDaysAgo * DAY),
        ...loop,
        municipalities: { create: municipalityCodes.map((municipalityCode) => ({ municipalityCode })) },
        competences: { create: competenceSlugs.map((slug) => ({ competenceId: this.competences.get(slug)! })) },
      },
      select: { id: true, name: true },
    });
  }

  async seat(agencyName: string, seat: { name: string; kind: FunctionKind }, holderId: string | null, deputyId: string | null, mailbox: string | null) {
    await this.tx.agencyFunction.create({ data: { agencyId: this.agencyId(agencyName), ...seat, holderId, deputyId, mailbox } });
  }
}

/** About 200 fictional contacts and the key functions of every municipality, some stale, away or vacant. */
export async function seedDemoRoster(tx: Prisma.TransactionClient, links: { member: DemoUser; coordinator: DemoUser }): Promise<number> {
  const agencies = new Map((await tx.agency.findMany({ select: { id: true, name: true } })).map((a) => [a.name, a.id]));
  const competences = new Map((await tx.competence.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const roster = new Roster(tx, agencies, competences, new Date());
  let contacts = 0;

  for (const m of MUNICIPALITIES) {
    const staff = [];
    for (const [index, seat] of MUNICIPAL_SEATS.entries()) {
      // A vacant seat has nobody in it; the person who held it has left.
      const isVacant = index === 0 && VACANT_COORDINATOR_SEATS.has(m.code);
      // The demo member is Arvika's field worker, so their own entry is part of the roster.
      const user = m.code === '1784' && index === 2 ? links.member : undefined;
      staff.push({ seat, holder: isVacant ? null : await roster.contact(seat.agency(m), seat.title, seat.competences, [m.code], user) });
    }
    const others = [];
    for (const person of OTHER_STAFF) others.push(await roster.contact(person.agency(m), person.title, person.competences, [m.code]));
    contacts += staff.filter(({ holder }) => holder).length + others.length;

    for (const [index, { seat, holder }] of staff.entries()) {
      const name = seat.name.replace('{kommun}', m.kommun).replace('{name}', m.name);
      const mailbox = index === 0 ? `samordnare.ve@${m.slug}.example` : null;
      await roster.seat(seat.agency(m), { name, kind: seat.kind }, holder?.id ?? null, others[index]?.id ?? null, mailbox);
    }
  }

  const allCodes = MUNICIPALITIES.map((m) => m.code);
  for (const [index, person] of REGIONAL.entries()) {
    const user = index === 0 ? links.coordinator : undefined;
    const contact = await roster.contact(person.agency, person.title, person.competences, allCodes, user);
    contacts += 1;
    if (person.seat) await roster.seat(person.agency, person.seat, contact.id, null, null);
  }

  // Seeded after everyone else, so the serial numbers (and with them names and states) of the
  // people above stay as they were.
  const officers = new Map<string, { id: string } | null>();
  for (const m of MUNICIPALITIES) {
    const freshness = { isStale: COMMUNITY_POLICE.stale.has(m.code), isAway: COMMUNITY_POLICE.away.has(m.code) };
    const officer = COMMUNITY_POLICE.vacant.has(m.code)
      ? null
      : await roster.contact(policeAreaOf(m), COMMUNITY_POLICE.title, COMMUNITY_POLICE.competences, [m.code], undefined, freshness);
    officers.set(m.code, officer);
    if (officer) contacts += 1;
  }
  for (const m of MUNICIPALITIES) {
    // The deputy is the officer of the next municipality (by code) of the same police area.
    const staffed = MUNICIPALITIES.filter((o) => policeAreaOf(o) === policeAreaOf(m) && officers.get(o.code));
    const next = staffed.find((o) => o.code > m.code) ?? staffed[0];
    const deputy = next && next.code !== m.code ? officers.get(next.code) : null;
    const seat = { name: `Kommunpolis, ${m.kommun}`, kind: 'COMMUNITY_POLICE' as const };
    await roster.seat(policeAreaOf(m), seat, officers.get(m.code)?.id ?? null, deputy?.id ?? null, `kommunpolis.${m.slug}@polisen.example`);
  }
  return contacts;
}
