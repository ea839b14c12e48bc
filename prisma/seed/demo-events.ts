// DEMO DATA — fictional events, organisers' texts and participants. The events are of the kinds the
// network holds (trainings, SSPF network meetings, conferences, webinars from a national centre),
// but every title, date, place, link and person is invented. Links use the reserved .example
// domain. The dates follow the moment of seeding: the past two months and the coming four.
import { containsPersonalIdentityNumber, type EventKind, type Sector } from '@repo/contracts';
import { hashPassword, type Prisma } from '@repo/db';
import { randomBytes } from 'node:crypto';
import { MUNICIPALITIES } from './demo-agencies';

const DEMO_NOTE = '*Exempeldata: fiktivt evenemang för demonstration.*';

const DAY = 86_400_000;
const HOUR = 3_600_000;

type AccountKey = 'admin' | 'coordinator' | 'member';
type Status = 'REGISTERED' | 'WAITLISTED';

interface DemoEvent {
  title: string;
  kind: EventKind;
  /** Agency name, as in demo-agencies.ts. */
  organiser: string;
  /** A demo account posted it; otherwise the first demo participant of the organising agency, if any. */
  postedBy?: 'member' | 'coordinator';
  /** Days from the day of seeding (Swedish date); a Saturday or Sunday moves to the Monday after. */
  day: number;
  /** Swedish local times; left out for an all-day event. */
  time?: [start: string, end: string];
  /** All-day events: how many days (default one). */
  days?: number;
  place?: string;
  onlineUrl?: string;
  sectors?: Sector[];
  /** Municipality names; none means the whole region. */
  municipalities?: string[];
  competences?: string[];
  capacity?: number;
  /** Registration closes this many days before the start. */
  deadlineDaysBefore?: number;
  /** Agency names: the event is for them (and the organiser) only. */
  invited?: string[];
  /** Cancelled this many days before the seeding. */
  cancelledDaysAgo?: number;
  description: string;
  /** Demo participants who registered, in order; beyond the capacity they wait. */
  participants: number;
  /** Where the demo logins stand: a seat, or (for a full event) second in the waitlist. */
  accounts?: Partial<Record<AccountKey, Status>>;
}

/** Fictional colleagues who register for events; they have accounts but nobody knows their passwords. */
const PARTICIPANTS: { name: string; agency: string }[] = [
  { name: 'Annika Lundgren', agency: 'Socialtjänsten, Karlstads kommun' },
  { name: 'Björn Sjöberg', agency: 'Lokalpolisområde Karlstad' },
  { name: 'Camilla Ek', agency: 'Skolförvaltningen, Arvika kommun' },
  { name: 'David Strand', agency: 'Kommunledningskontoret, Torsby kommun' },
  { name: 'Eva Falk', agency: 'Länsstyrelsen Värmland' },
  { name: 'Filip Norén', agency: 'Fritidsförvaltningen, Karlstads kommun' },
  { name: 'Gunilla Hed', agency: 'Region Värmland, Barn- och ungdomspsykiatrin' },
  { name: 'Hassan Yusuf', agency: 'Socialtjänsten, Kristinehamns kommun' },
  { name: 'Ingrid Blom', agency: 'Skolförvaltningen, Karlstads kommun' },
  { name: 'Jakob Fors', agency: 'Lokalpolisområde Arvika' },
  { name: 'Katarina Vik', agency: 'Socialtjänsten, Säffle kommun' },
  { name: 'Leo Dahl', agency: 'Ungdomens hus, Kristinehamns kommun' },
  { name: 'Mona Åström', agency: 'Kommunledningskontoret, Karlstads kommun' },
  { name: 'Nadia Rahimi', agency: 'Center mot våldsbejakande extremism (CVE)' },
  { name: 'Olle Mattsson', agency: 'Exit Fryshuset' },
  { name: 'Petra Lind', agency: 'Socialtjänsten, Eda kommun' },
  { name: 'Rasmus Hellström', agency: 'Polisområde Värmland' },
  { name: 'Sanna Kvist', agency: 'Skolförvaltningen, Sunne kommun' },
  { name: 'Tomas Berglund', agency: 'Brottsförebyggande Centrum i Värmland' },
  { name: 'Ulrika Engdahl', agency: 'Socialtjänsten, Hagfors kommun' },
  { name: 'Viktor Lans', agency: 'Kriminalvården, Frivården Karlstad' },
  { name: 'Yasmin Haddad', agency: 'Socialtjänsten, Arvika kommun' },
  { name: 'Åsa Frisk', agency: 'Skolförvaltningen, Kristinehamns kommun' },
  { name: 'Örjan Tell', agency: 'Kommunledningskontoret, Årjängs kommun' },
  { name: 'Agnes Borg', agency: 'Karlstads universitet, Institutionen för socialt arbete' },
  { name: 'Bengt Rosén', agency: 'Lokalpolisområde Kristinehamn' },
  { name: 'Cecilia Moberg', agency: 'Socialtjänsten, Filipstads kommun' },
  { name: 'Dani Korhonen', agency: 'Fritid och kultur, Arvika kommun' },
  { name: 'Elsa Nordin', agency: 'Skolförvaltningen, Hammarö kommun' },
  { name: 'Fredrik Alm', agency: 'Kommunledningskontoret, Kristinehamns kommun' },
  { name: 'Greta Sund', agency: 'Region Värmland, Vuxenpsykiatrin' },
  { name: 'Hugo Wester', agency: 'Lokalpolisområde Norra Värmland' },
  { name: 'Irma Kallio', agency: 'Socialtjänsten, Forshaga kommun' },
  { name: 'Johan Lid', agency: 'Skolförvaltningen, Grums kommun' },
  { name: 'Karim Saleh', agency: 'Kommunledningskontoret, Kils kommun' },
  { name: 'Lovisa Hagberg', agency: 'Socialtjänsten, Munkfors kommun' },
];

const WEST = ['Arvika', 'Eda', 'Årjäng', 'Säffle'];
const NORTH = ['Torsby', 'Hagfors', 'Munkfors', 'Sunne'];
const EAST = ['Kristinehamn', 'Filipstad', 'Storfors'];

const SSPF_MEETING = (area: string, host: string) =>
  `Nätverksträff för SSPF-samordnare, fältsekreterare, skolkuratorer, kommunpoliser och fritidsledare i ${area}. ` +
  `Värd för träffen: ${host}.\n\n` +
  `**Dagordning**\n\n- Runda: läget i varje kommun just nu\n- Ärendeprocess vid oro för radikalisering: vem gör vad?\n` +
  `- Gemensamma insatser inför lov och helger\n- Nästa träff\n\n` +
  `Inga uppgifter om enskilda personer tas upp på träffen.`;

const CVE_WEBINAR = (topic: string) =>
  `Ett webbinarium från **Center mot våldsbejakande extremism (CVE)** om ${topic}. ` +
  `Föreläsare från CVE och en kommun som delar sina erfarenheter.\n\n` +
  `Länk till sändningen finns här på sidan och skickas i påminnelsen dagen innan. Sändningen spelas inte in.\n\n` +
  `Passar dig som arbetar i kommun, skola, socialtjänst, polis eller civilsamhälle.`;

/** About thirty events: the past two months and the coming four, seen from the day of seeding. */
const EVENTS: DemoEvent[] = [
  {
    title: 'Tidiga tecken på radikalisering – grundutbildning',
    kind: 'TRAINING',
    organiser: 'Länsstyrelsen Värmland',
    postedBy: 'coordinator',
    day: -58,
    time: ['09:00', '12:00'],
    place: 'Länsstyrelsens hus, sal Klarälven, Karlstad',
    sectors: ['SCHOOL', 'SOCIAL_SERVICES', 'LEISURE'],
    competences: ['radikalisering-tidiga-tecken'],
    capacity: 40,
    description:
      `En halvdag om vad tidiga tecken på radikalisering kan vara – och vad de inte är.\n\n` +
      `**Innehåll**\n\n- Begrepp: radikalisering, våldsbejakande extremism, extremistmiljöer\n` +
      `- Skyddsfaktorer och riskfaktorer\n- Att uttrycka oro utan att stigmatisera\n- Vart vänder jag mig i Värmland?\n\n` +
      `Utbildningen är grundläggande och kräver inga förkunskaper.`,
    participants: 24,
    accounts: { member: 'REGISTERED' },
  },
  {
    title: 'SSPF-nätverksträff, västra Värmland',
    kind: 'NETWORK_MEETING',
    organiser: 'Socialtjänsten, Arvika kommun',
    postedBy: 'member',
    day: -52,
    time: ['13:00', '15:30'],
    place: 'Arvika stadshus, sammanträdesrum Glaskogen',
    municipalities: WEST,
    competences: ['ssp-samverkan'],
    description: SSPF_MEETING('västra Värmland (Arvika, Eda, Årjäng och Säffle)', 'socialtjänsten i Arvika'),
    participants: 9,
  },
  {
    title: 'CVE-webbinarium: våldsbejakande högerextremism på nätet',
    kind: 'WEBINAR',
    organiser: 'Center mot våldsbejakande extremism (CVE)',
    day: -45,
    time: ['10:00', '11:30'],
    onlineUrl: 'https://webbinarium.cve.example/hogerextremism-pa-natet',
    competences: ['hogerextremism', 'radikalisering-tidiga-tecken'],
    description: CVE_WEBINAR('hur våldsbejakande högerextrema miljöer rekryterar unga på nätet och i spelforum'),
    participants: 17,
  },
  {
    title: 'Orosanmälan och sekretess i praktiken',
    kind: 'TRAINING',
    organiser: 'Socialtjänsten, Karlstads kommun',
    day: -38,
    time: ['09:00', '16:00'],
    place: 'Socialförvaltningen, Drottninggatan, Karlstad (exempeladress)',
    sectors: ['SCHOOL', 'LEISURE', 'HEALTH_CARE'],
    competences: ['orosanmalan', 'juridik-sekretess'],
    capacity: 25,
    deadlineDaysBefore: 7,
    description:
      `Heldagsutbildning om orosanmälan när oron gäller radikalisering.\n\n` +
      `**Förmiddag:** anmälningsplikten, vad en anmälan ska innehålla och vad som händer sedan.\n\n` +
      `**Eftermiddag:** sekretess mellan skola, socialtjänst och polis – vad får vi dela, och hur?\n\n` +
      `Lunch ingår. Meddela specialkost vid anmälan.`,
    participants: 28,
  },
  {
    title: 'Länsgemensam lägesbild, höst',
    kind: 'NETWORK_MEETING',
    organiser: 'Polisområde Värmland',
    day: -31,
    time: ['13:00', '16:00'],
    place: 'Polishuset i Karlstad, konferensrum 3',
    competences: ['lagesbild'],
    invited: ['Länsstyrelsen Värmland', 'Lokalpolisområde Karlstad', 'Lokalpolisområde Arvika', 'Lokalpolisområde Kristinehamn', 'Lokalpolisområde Norra Värmland', 'Kommunledningskontoret, Karlstads kommun', 'Kommunledningskontoret, Arvika kommun'],
    description:
      `Halvårsvis genomgång av lägesbilden i länet för inbjudna myndigheter.\n\n` +
      `- Polisens bild av de våldsbejakande miljöerna i regionen\n- Kommunernas lägesbilder\n- Gemensamma prioriteringar för våren\n\n` +
      `Mötet är för inbjudna organisationer. Materialet delas inte vidare.`,
    participants: 8,
    accounts: { coordinator: 'REGISTERED' },
  },
  {
    title: 'Temadag: stöd till anhöriga',
    kind: 'OTHER',
    organiser: 'Exit Fryshuset',
    day: -24,
    place: 'Kulturhuset, Karlstad (exempeladress)',
    competences: ['anhorigstod', 'samtalsstod'],
    capacity: 60,
    description:
      `En dag om anhöriga till personer i våldsbejakande miljöer: deras behov, deras roll som resurs och hur vi stöttar dem.\n\n` +
      `**Program**\n\n- Anhörigas berättelser (anonymiserade)\n- Exit Fryshusets anhörigstöd\n- Samtalsstöd i kommunen: vad finns i Värmland?\n- Panelsamtal\n\n` +
      `Heldag med fika och lunch.`,
    participants: 31,
  },
  {
    title: 'SSPF-nätverksträff, norra Värmland',
    kind: 'NETWORK_MEETING',
    organiser: 'Kommunledningskontoret, Torsby kommun',
    day: -17,
    time: ['09:00', '11:30'],
    place: 'Torsby kommunhus',
    onlineUrl: 'https://mote.torsby.example/sspf-norra',
    municipalities: NORTH,
    competences: ['ssp-samverkan'],
    description: SSPF_MEETING('norra Värmland (Torsby, Hagfors, Munkfors och Sunne)', 'kommunledningskontoret i Torsby; den som har långt kan delta på länk'),
    participants: 7,
  },
  {
    title: 'CVE-webbinarium: samtal med unga som dras till extremism',
    kind: 'WEBINAR',
    organiser: 'Center mot våldsbejakande extremism (CVE)',
    day: -10,
    time: ['14:00', '15:30'],
    onlineUrl: 'https://webbinarium.cve.example/samtal-med-unga',
    competences: ['samtalsstod', 'radikalisering-tidiga-tecken'],
    description: CVE_WEBINAR('hur du för samtal med en ung person som dras till extremistiska idéer'),
    participants: 21,
    accounts: { member: 'REGISTERED' },
  },
  {
    title: 'Hot och våld mot förtroendevalda – vad gör vi?',
    kind: 'TRAINING',
    organiser: 'Kommunledningskontoret, Kristinehamns kommun',
    day: -6,
    time: ['18:00', '20:00'],
    place: 'Kristinehamns stadshus, fullmäktigesalen',
    sectors: ['POLITICS'],
    municipalities: EAST,
    competences: ['hot-mot-fortroendevalda'],
    description:
      `Kvällspass för förtroendevalda och tjänstepersoner i östra Värmland.\n\n` +
      `- Hur ser hoten ut, och vem drabbas?\n- Säkerhetsrutiner före, under och efter möten\n- Stöd från kommunen och polisen\n\n` +
      `Kommunpolisen medverkar.`,
    participants: 12,
  },
  {
    title: 'Samordnarträff mot våldsbejakande extremism',
    kind: 'NETWORK_MEETING',
    organiser: 'Länsstyrelsen Värmland',
    postedBy: 'coordinator',
    day: -3,
    time: ['09:00', '12:00'],
    place: 'Länsstyrelsens hus, sal Vänern, Karlstad',
    onlineUrl: 'https://mote.lansstyrelsen.example/samordnartraff',
    sectors: ['POLITICS'],
    competences: ['lokal-handlingsplan', 'lagesbild'],
    description:
      `Träff för kommunernas samordnare mot våldsbejakande extremism. Delta på plats eller via länk.\n\n` +
      `**Dagordning**\n\n1. Nytt från Länsstyrelsen och CVE\n2. Kommunernas handlingsplaner: läget\n3. Erfarenhetsutbyte\n4. Planering av vårens utbildningar`,
    participants: 11,
    accounts: { member: 'REGISTERED', coordinator: 'REGISTERED' },
  },
  {
    title: 'Tidiga tecken på radikalisering – fördjupning för skolan',
    kind: 'TRAINING',
    organiser: 'Skolförvaltningen, Arvika kommun',
    day: 2,
    time: ['13:00', '16:00'],
    place: 'Solbergagymnasiet, aulan, Arvika (exempeladress)',
    sectors: ['SCHOOL', 'SOCIAL_SERVICES'],
    municipalities: WEST,
    competences: ['radikalisering-tidiga-tecken', 'skolans-trygghetsarbete'],
    capacity: 12,
    description:
      `Fördjupning för elevhälsa, lärare och socialtjänst: fallbeskrivningar (fiktiva) och övningar i att bedöma oro.\n\n` +
      `Vi arbetar i små grupper, därför är platserna få. Blir det fullt ställs du i kö och får besked om en plats blir ledig.`,
    participants: 14,
    accounts: { member: 'REGISTERED' },
  },
  {
    title: 'Introduktion för nya i nätverket',
    kind: 'WEBINAR',
    organiser: 'Länsstyrelsen Värmland',
    postedBy: 'coordinator',
    day: 4,
    time: ['15:00', '16:00'],
    onlineUrl: 'https://mote.lansstyrelsen.example/introduktion',
    description:
      `En timme på länk för dig som är ny i nätverket: hur samverkan i Värmland är organiserad, vem som gör vad och hur du använder portalen.\n\n` +
      `Ingen anmälan behövs egentligen – men anmäl dig gärna, så vet vi hur många som kommer.`,
    participants: 4,
  },
  {
    title: 'CVE-webbinarium: våldsbejakande islamistisk extremism – aktuell lägesbild',
    kind: 'WEBINAR',
    organiser: 'Center mot våldsbejakande extremism (CVE)',
    day: 6,
    time: ['10:00', '11:30'],
    onlineUrl: 'https://webbinarium.cve.example/islamistisk-extremism-lagesbild',
    competences: ['islamistisk-extremism', 'lagesbild'],
    description: CVE_WEBINAR('den aktuella lägesbilden för våldsbejakande islamistisk extremism i Sverige'),
    participants: 19,
    accounts: { member: 'REGISTERED', coordinator: 'REGISTERED' },
  },
  {
    title: 'SSPF-nätverksträff, västra Värmland',
    kind: 'NETWORK_MEETING',
    organiser: 'Socialtjänsten, Arvika kommun',
    postedBy: 'member',
    day: 9,
    time: ['13:00', '15:30'],
    place: 'Arvika stadshus, sammanträdesrum Glaskogen',
    municipalities: WEST,
    competences: ['ssp-samverkan'],
    description: SSPF_MEETING('västra Värmland (Arvika, Eda, Årjäng och Säffle)', 'socialtjänsten i Arvika'),
    participants: 6,
  },
  {
    title: 'Avhopparstöd – så fungerar det',
    kind: 'TRAINING',
    organiser: 'Brottsförebyggande Centrum i Värmland',
    day: 12,
    time: ['09:00', '15:00'],
    place: 'Brottsförebyggande Centrum, Karlstad (exempeladress)',
    competences: ['avhopparstod', 'anhorigstod'],
    capacity: 30,
    deadlineDaysBefore: 5,
    description:
      `Vad händer när någon vill lämna en våldsbejakande miljö? Utbildningen går igenom avhopparprocessen steg för steg.\n\n` +
      `**Medverkande:** Brottsförebyggande Centrum i Värmland och Exit Fryshuset.\n\n` +
      `- Första kontakten\n- Skydd, boende och försörjning\n- Samverkan med socialtjänst, polis och Kriminalvården\n- Anhörigas roll`,
    participants: 19,
  },
  {
    title: 'Operativ samverkansgrupp, Arvika och Eda',
    kind: 'NETWORK_MEETING',
    organiser: 'Lokalpolisområde Arvika',
    day: 15,
    time: ['09:00', '10:30'],
    place: 'Polisstationen i Arvika',
    municipalities: ['Arvika', 'Eda'],
    competences: ['ssp-samverkan', 'lagesbild'],
    invited: ['Socialtjänsten, Arvika kommun', 'Socialtjänsten, Eda kommun', 'Skolförvaltningen, Arvika kommun', 'Fritid och kultur, Arvika kommun'],
    description:
      `Månatligt möte i den operativa samverkansgruppen för inbjudna verksamheter i Arvika och Eda.\n\n` +
      `Vi går igenom läget på övergripande nivå. Ärenden om enskilda hanteras enligt gällande sekretessregler och inte på det här mötet.`,
    participants: 5,
    accounts: { member: 'REGISTERED' },
  },
  {
    title: 'Regional konferens: samverkan mot våldsbejakande extremism i Värmland',
    kind: 'CONFERENCE',
    organiser: 'Länsstyrelsen Värmland',
    postedBy: 'coordinator',
    day: 19,
    time: ['09:00', '16:30'],
    place: 'Konferenscentret vid Klarälven, Karlstad (exempeladress)',
    competences: ['lokal-handlingsplan', 'utbildning-handledning', 'ssp-samverkan'],
    capacity: 150,
    deadlineDaysBefore: 7,
    description:
      `Länets årliga konferens för alla som arbetar förebyggande mot våldsbejakande extremism.\n\n` +
      `**Program**\n\n- **09.00** Välkomna – landshövdingens representant\n` +
      `- **09.30** Kartläggningen: vad har hänt sedan behovsinventeringen?\n- **11.00** Parallella seminarier\n` +
      `- **13.00** Avhoppare och anhöriga – erfarenheter från civilsamhället\n- **15.00** Samtal: så stärker vi samverkan\n- **16.15** Avslutning\n\n` +
      `Konferensen är kostnadsfri. Lunch och fika ingår.`,
    participants: 34,
    accounts: { member: 'REGISTERED', admin: 'REGISTERED' },
  },
  {
    title: 'CVE-webbinarium: juridik och sekretess vid samverkan',
    kind: 'WEBINAR',
    organiser: 'Center mot våldsbejakande extremism (CVE)',
    day: 22,
    time: ['13:00', '14:30'],
    onlineUrl: 'https://webbinarium.cve.example/juridik-sekretess',
    competences: ['juridik-sekretess'],
    description: CVE_WEBINAR('vilka uppgifter skola, socialtjänst och polis får dela med varandra när det finns oro'),
    participants: 15,
  },
  {
    title: 'Samtalsmetodik: att möta oro hos unga',
    kind: 'TRAINING',
    organiser: 'Region Värmland, Barn- och ungdomspsykiatrin',
    day: 26,
    time: ['09:00', '12:00'],
    place: 'BUP-mottagningen, Karlstad, lokal Älven (exempeladress)',
    sectors: ['SCHOOL', 'SOCIAL_SERVICES', 'LEISURE', 'HEALTH_CARE'],
    competences: ['samtalsstod'],
    capacity: 16,
    description:
      `Praktisk utbildning i samtal med unga som uttrycker hat, hot eller extrema åsikter – och med unga som är oroliga för en kamrat.\n\n` +
      `Vi övar i par. Ta gärna med en (avidentifierad) situation du vill öva på.`,
    participants: 18,
    accounts: { member: 'WAITLISTED' },
  },
  {
    title: 'Studiebesök hos Exit Fryshuset',
    kind: 'OTHER',
    organiser: 'Brottsförebyggande Centrum i Värmland',
    day: 29,
    time: ['08:00', '17:00'],
    place: 'Fryshuset, Stockholm (gemensam buss från Karlstad)',
    competences: ['avhopparstod'],
    capacity: 20,
    cancelledDaysAgo: 2,
    description:
      `Studiebesök för att se hur Exit arbetar med avhoppare och anhöriga. Gemensam resa med buss från Karlstad.\n\n` +
      `**Inställt:** för få anmälda. Vi återkommer med ett nytt datum.`,
    participants: 6,
    accounts: { member: 'REGISTERED' },
  },
  {
    title: 'SSPF-nätverksträff, östra Värmland',
    kind: 'NETWORK_MEETING',
    organiser: 'Kommunledningskontoret, Kristinehamns kommun',
    day: 33,
    time: ['13:00', '15:30'],
    place: 'Ungdomens hus, Kristinehamn',
    municipalities: EAST,
    competences: ['ssp-samverkan'],
    description: SSPF_MEETING('östra Värmland (Kristinehamn, Filipstad och Storfors)', 'kommunledningskontoret i Kristinehamn'),
    participants: 8,
  },
  {
    title: 'Lokal handlingsplan – från dokument till arbete',
    kind: 'TRAINING',
    organiser: 'Länsstyrelsen Värmland',
    postedBy: 'coordinator',
    day: 40,
    time: ['09:00', '16:00'],
    place: 'Länsstyrelsens hus, sal Klarälven, Karlstad',
    sectors: ['POLITICS', 'SOCIAL_SERVICES'],
    competences: ['lokal-handlingsplan'],
    capacity: 30,
    description:
      `Workshop för samordnare och chefer: hur den lokala handlingsplanen blir ett levande stöd i vardagen.\n\n` +
      `- Förankring i ledningen\n- Roller och rutiner\n- Uppföljning och lägesbild\n\nTa med er kommuns nuvarande plan.`,
    participants: 13,
  },
  {
    title: 'Värmlandsdagarna om förebyggande arbete',
    kind: 'CONFERENCE',
    organiser: 'Länsstyrelsen Värmland',
    postedBy: 'coordinator',
    day: 47,
    days: 2,
    place: 'Sunne, konferenshotell vid Fryken (exempeladress)',
    competences: ['utbildning-handledning', 'radikalisering-tidiga-tecken', 'anhorigstod'],
    capacity: 120,
    deadlineDaysBefore: 14,
    description:
      `Två dagar med föreläsningar, seminarier och nätverkande för hela länets förebyggande arbete.\n\n` +
      `**Dag 1:** forskning om radikalisering, CVE:s lägesbild, kommunernas arbete.\n\n` +
      `**Dag 2:** seminarier om skolans trygghetsarbete, anhörigstöd och avhopparstöd.\n\n` +
      `Logi bokas av var och en. Middag första kvällen ingår.`,
    participants: 27,
    accounts: { coordinator: 'REGISTERED' },
  },
  {
    title: 'CVE-webbinarium: våldsbejakande vänsterextremism och den autonoma miljön',
    kind: 'WEBINAR',
    organiser: 'Center mot våldsbejakande extremism (CVE)',
    day: 54,
    time: ['10:00', '11:30'],
    onlineUrl: 'https://webbinarium.cve.example/autonoma-miljon',
    competences: ['vansterextremism'],
    description: CVE_WEBINAR('den autonoma miljön och våldsbejakande vänsterextremism'),
    participants: 10,
  },
  {
    title: 'Skolans trygghetsarbete och elevhälsans roll',
    kind: 'TRAINING',
    organiser: 'Skolförvaltningen, Karlstads kommun',
    day: 61,
    time: ['13:00', '16:00'],
    place: 'Karlstads rådhus, stora salen (exempeladress)',
    sectors: ['SCHOOL'],
    competences: ['skolans-trygghetsarbete', 'orosanmalan'],
    capacity: 30,
    description:
      `Om skolans ansvar och möjligheter: trygghetsarbete, värdegrund och när elevhälsan ska koppla in socialtjänsten.\n\n` +
      `För rektorer, kuratorer, skolsköterskor och lärare.`,
    participants: 9,
  },
  {
    title: 'SSPF-nätverksträff, västra Värmland',
    kind: 'NETWORK_MEETING',
    organiser: 'Socialtjänsten, Arvika kommun',
    postedBy: 'member',
    day: 68,
    time: ['13:00', '15:30'],
    place: 'Säffle stadshus (exempeladress)',
    municipalities: WEST,
    competences: ['ssp-samverkan'],
    description: SSPF_MEETING('västra Värmland (Arvika, Eda, Årjäng och Säffle)', 'socialtjänsten i Arvika, på plats i Säffle den här gången'),
    participants: 3,
  },
  {
    title: 'Lägesbildsmöte, vinter',
    kind: 'NETWORK_MEETING',
    organiser: 'Polisområde Värmland',
    day: 75,
    time: ['13:00', '16:00'],
    place: 'Polishuset i Karlstad, konferensrum 3',
    competences: ['lagesbild'],
    invited: ['Länsstyrelsen Värmland', 'Lokalpolisområde Karlstad', 'Lokalpolisområde Kristinehamn', 'Lokalpolisområde Norra Värmland', 'Kommunledningskontoret, Karlstads kommun'],
    description:
      `Genomgång av lägesbilden för inbjudna myndigheter.\n\n- Polisens lägesbild\n- Länsstyrelsens sammanställning av kommunernas lägesbilder\n- Åtgärder\n\nMaterialet delas inte vidare.`,
    participants: 5,
  },
  {
    title: 'Fritidsledare och tidiga tecken',
    kind: 'TRAINING',
    organiser: 'Fritidsförvaltningen, Karlstads kommun',
    day: 85,
    time: ['17:00', '20:00'],
    place: 'Fritidsgården Sandgrund, Karlstad (exempeladress)',
    sectors: ['LEISURE'],
    competences: ['radikalisering-tidiga-tecken', 'samtalsstod'],
    capacity: 25,
    description:
      `Kvällsutbildning för fritidsledare och fältassistenter – F:et i SSPF. Hur märker vi att någon dras åt fel håll, och vad gör vi då?\n\n` +
      `Enkel middag från klockan 17.`,
    participants: 7,
  },
  {
    title: 'Forskarseminarium: anhörigas behov – forskning och praktik',
    kind: 'WEBINAR',
    organiser: 'Karlstads universitet, Institutionen för socialt arbete',
    day: 96,
    time: ['13:15', '15:00'],
    onlineUrl: 'https://mote.kau.example/anhorigas-behov',
    competences: ['anhorigstod'],
    description:
      `Forskare vid institutionen presenterar en (fiktiv) intervjustudie med anhöriga och yrkesverksamma i Värmland. ` +
      `Därefter samtal med praktiker.\n\nSeminariet hålls på länk.`,
    participants: 6,
  },
  {
    title: 'Hot och våld mot förtroendevalda – uppföljning',
    kind: 'TRAINING',
    organiser: 'Kommunledningskontoret, Karlstads kommun',
    day: 105,
    time: ['18:00', '20:00'],
    place: 'Karlstads rådhus, sammanträdesrum Tingvallan (exempeladress)',
    sectors: ['POLITICS'],
    competences: ['hot-mot-fortroendevalda'],
    description:
      `Uppföljning av höstens kvällspass: vilka rutiner har kommunerna infört, och vad behöver vi mer?\n\nFör förtroendevalda och säkerhetssamordnare.`,
    participants: 4,
  },
  {
    title: 'Vårkonferens: barn och unga i riskmiljöer',
    kind: 'CONFERENCE',
    organiser: 'Region Värmland, Barn- och ungdomspsykiatrin',
    day: 116,
    time: ['09:00', '16:00'],
    place: 'Regionens hus, Karlstad (exempeladress)',
    sectors: ['HEALTH_CARE', 'SOCIAL_SERVICES', 'SCHOOL'],
    competences: ['samtalsstod', 'orosanmalan', 'radikalisering-tidiga-tecken'],
    capacity: 80,
    deadlineDaysBefore: 10,
    description:
      `Konferens om barn och unga som riskerar att dras in i våldsbejakande eller kriminella miljöer.\n\n` +
      `- Psykisk ohälsa och sårbarhet\n- Föräldrastöd\n- Samverkan mellan BUP, socialtjänst och skola\n\nLunch ingår.`,
    participants: 12,
  },
];

const OFFSET_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });
const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Minutes Sweden is ahead of UTC at an instant: 60 in winter, 120 in summer. */
function stockholmOffsetMinutes(at: Date): number {
  const name = OFFSET_FORMAT.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The instant a Swedish wall-clock time on a day (YYYY-MM-DD, HH:MM) happens, in winter or summer
 * time as that day has it. No demo event starts in the night hour the clocks skip or repeat.
 */
export function stockholmInstant(day: string, time: string): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  const guess = wall - stockholmOffsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - stockholmOffsetMinutes(new Date(guess)) * 60_000);
}

/** The Swedish date `offset` days from `today`, moved from a weekend to the Monday after. */
function workday(today: string, offset: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  const weekday = date.getUTCDay();
  if (weekday === 6) date.setUTCDate(date.getUTCDate() + 2);
  if (weekday === 0) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function when(event: DemoEvent, today: string): { startsAt: Date; endsAt: Date; allDay: boolean } {
  const first = workday(today, event.day);
  if (event.time) return { startsAt: stockholmInstant(first, event.time[0]), endsAt: stockholmInstant(first, event.time[1]), allDay: false };
  // All day: from midnight of the first day to midnight after the last, Swedish time.
  return { startsAt: stockholmInstant(first, '00:00'), endsAt: stockholmInstant(addDays(first, event.days ?? 1), '00:00'), allDay: true };
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`Demo events: no ${what} named ${key}`);
  return value;
}

/** Fictional participants with accounts that cannot be signed into: one unknown random password for all. */
async function createParticipants(tx: Prisma.TransactionClient, agencies: Map<string, string>): Promise<{ id: string; agencyId: string }[]> {
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const participants = [];
  for (const person of PARTICIPANTS) {
    const email = `${person.name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/\s+/g, '.')}@demo-deltagare.example`;
    participants.push(
      await tx.user.create({ data: { email, name: person.name, role: 'MEMBER', agencyId: lookup(agencies, person.agency, 'agency'), passwordHash }, select: { id: true, agencyId: true } }),
    );
  }
  return participants;
}

/**
 * About thirty events from the past two months to four months ahead, with registrations from the
 * demo participants and the demo logins (so "my events" shows something), some full with a
 * waitlist, one cancelled. Returns how many events it wrote.
 */
export async function seedDemoEvents(tx: Prisma.TransactionClient, accounts: Record<AccountKey, { id: string }>, now = new Date()): Promise<number> {
  const agencies = new Map((await tx.agency.findMany({ select: { id: true, name: true } })).map((a) => [a.name, a.id]));
  const competences = new Map((await tx.competence.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const municipalityCodes = new Map(MUNICIPALITIES.map((m) => [m.name, m.code]));
  // A database whose demo agencies were renamed or removed since gets no demo events.
  const named = [...EVENTS.flatMap((e) => [e.organiser, ...(e.invited ?? [])]), ...PARTICIPANTS.map((p) => p.agency)];
  if (named.some((name) => !agencies.has(name))) return 0;
  const participants = await createParticipants(tx, agencies);
  const accountIds = new Set(Object.values(accounts).map((a) => a.id));
  const today = DAY_FORMAT.format(now);

  for (const [index, event] of EVENTS.entries()) {
    if (containsPersonalIdentityNumber(`${event.title}\n${event.description}`)) throw new Error(`Demo events: "${event.title}" holds a personal identity number`);
    const organiserAgencyId = lookup(agencies, event.organiser, 'agency');
    const { startsAt, endsAt, allDay } = when(event, today);
    // Posted six weeks before, or a few days ago for what lies further ahead.
    const createdAt = new Date(Math.min(startsAt.getTime() - 45 * DAY, now.getTime() - 3 * DAY));
    const registrationDeadline = event.deadlineDaysBefore ? new Date(startsAt.getTime() - event.deadlineDaysBefore * DAY) : null;
    const postedBy = event.postedBy ? accounts[event.postedBy].id : (participants.find((p) => p.agencyId === organiserAgencyId)?.id ?? null);
    // The contact person: the poster's own entry in the roster, or else someone at the organiser.
    const contact =
      (await tx.contact.findFirst({ where: { agencyId: organiserAgencyId, userId: { in: [...accountIds] } }, select: { id: true } })) ??
      (await tx.contact.findFirst({ where: { agencyId: organiserAgencyId, archivedAt: null }, orderBy: { name: 'asc' }, select: { id: true } }));

    const created = await tx.event.create({
      data: {
        title: event.title,
        description: `${event.description}\n\n${DEMO_NOTE}`,
        kind: event.kind,
        startsAt,
        endsAt,
        allDay,
        place: event.place ?? null,
        onlineUrl: event.onlineUrl ?? null,
        organiserAgencyId,
        contactId: contact?.id ?? null,
        createdById: postedBy,
        targetSectors: event.sectors ?? [],
        targetMunicipalityCodes: (event.municipalities ?? []).map((name) => lookup(municipalityCodes, name, 'municipality')),
        targetCompetences: { create: (event.competences ?? []).map((slug) => ({ competenceId: lookup(competences, slug, 'competence') })) },
        capacity: event.capacity ?? null,
        registrationDeadline,
        visibility: event.invited ? 'INVITED_AGENCIES' : 'NETWORK',
        invitedAgencies: { create: (event.invited ?? []).map((name) => ({ agencyId: lookup(agencies, name, 'agency') })) },
        cancelledAt: event.cancelledDaysAgo ? new Date(now.getTime() - event.cancelledDaysAgo * DAY) : null,
        version: event.cancelledDaysAgo ? 2 : 1,
        createdAt,
      },
      select: { id: true },
    });

    // Who registered, in order: demo logins with a seat first, the participants (a different
    // selection for each event), and a waiting demo login second in the waitlist.
    const seated = (Object.entries(event.accounts ?? {}) as [AccountKey, Status][]).filter(([, status]) => status === 'REGISTERED').map(([key]) => accounts[key].id);
    const waiting = (Object.entries(event.accounts ?? {}) as [AccountKey, Status][]).filter(([, status]) => status === 'WAITLISTED').map(([key]) => accounts[key].id);
    // An event for invited agencies is seen, and so attended, only by them and the organiser.
    const invitedIds = new Set([organiserAgencyId, ...(event.invited ?? []).map((name) => lookup(agencies, name, 'agency'))]);
    const pool = event.invited ? participants.filter((p) => invitedIds.has(p.agencyId)) : participants;
    const chosen = Array.from({ length: Math.min(event.participants, pool.length) }, (_, i) => pool[(index * 7 + i) % pool.length]!.id);
    const order = [...seated, ...chosen];
    if (waiting.length > 0) {
      if (!event.capacity || order.length <= event.capacity) throw new Error(`Demo events: "${event.title}" is not full, so nobody can wait`);
      order.splice(event.capacity + 1, 0, ...waiting);
    }
    // Registrations spread from the posting until an hour ago (or the deadline, or a day before the start).
    const lastAt = Math.min(now.getTime() - HOUR, (registrationDeadline?.getTime() ?? Infinity) - HOUR, startsAt.getTime() - DAY);
    const step = (lastAt - createdAt.getTime()) / (order.length + 1);
    await tx.eventRegistration.createMany({
      data: order.map((userId, i) => {
        const queuedAt = new Date(createdAt.getTime() + Math.round((i + 1) * step));
        const status: Status = event.capacity && i >= event.capacity ? 'WAITLISTED' : 'REGISTERED';
        // Past events sent their 24-hour reminders.
        const remindedAt = status === 'REGISTERED' && startsAt <= now ? new Date(startsAt.getTime() - DAY) : null;
        return { eventId: created.id, userId, status, queuedAt, confirmedAt: status === 'REGISTERED' ? queuedAt : null, remindedAt };
      }),
    });
  }
  return EVENTS.length;
}
