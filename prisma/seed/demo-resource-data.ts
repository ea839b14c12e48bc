// DEMO DATA — fictional resources for the knowledge bank. They are of the kinds the network shares
// (action plans, situation pictures, method guides, training material, reports, helplines), but
// every title, text, figure and file is invented and labelled as an example; none is a real
// document of a real organisation. Links use the reserved .example domain, like the rest of the
// demo data. The files are small documents generated here, with the resource's fictional text inside.
import type { ResourceFileType, ResourceKind, ResourceLanguage, Sector } from '@repo/contracts';
import type { SampleCell } from '@repo/test-factories';

export interface DemoFile {
  type: ResourceFileType;
  /** The name the uploader's computer gave it. */
  name: string;
  /** How many times it was uploaded; the later uploads are new versions by a colleague. */
  versions?: 2 | 3;
  /** A spreadsheet's table, below the document's text. */
  table?: SampleCell[][];
}

export interface DemoResource {
  title: string;
  kind: ResourceKind;
  /** Agency name, as in demo-agencies.ts. */
  owner: string;
  summary: string;
  /** What the documents say beyond the summary; defaults to the summary alone. */
  body?: string;
  language?: ResourceLanguage;
  link?: string;
  files?: DemoFile[];
  competences?: string[];
  /** Municipality names; none means the whole region. */
  municipalities?: string[];
  /** None means every sector. */
  sectors?: Sector[];
  /** Days before the seeding it was published, or, for a draft, last worked on. */
  daysAgo: number;
  draft?: true;
  ownerAgencyOnly?: true;
  /** The contact to ask: the owner agency's contact with this title, if there is one. */
  contactTitle?: string;
}

const WEST = ['Arvika', 'Eda', 'Årjäng', 'Säffle'];

/** About forty resources of every kind, from eighteen months back to last week, some drafts, some for the owner agency only. */
export const DEMO_RESOURCES: DemoResource[] = [
  // Handlingsplaner
  {
    title: 'Lokal handlingsplan mot våldsbejakande extremism, Kil kommun (exempel)',
    kind: 'ACTION_PLAN',
    owner: 'Kommunledningskontoret, Kils kommun',
    contactTitle: 'Samordnare mot våldsbejakande extremism',
    summary:
      'Kils kommuns plan för det förebyggande arbetet 2026–2028: ansvaret mellan förvaltningarna, samverkan med polisen och civilsamhället, ' +
      'rutiner vid oro och hur planen följs upp. Antagen av kommunstyrelsen.',
    body:
      '1. Syfte\nPlanen beskriver hur kommunen förebygger att människor dras in i våldsbejakande extremism och hur vi agerar vid oro.\n\n' +
      '2. Ansvar\nKommunstyrelsen äger planen. Samordnaren mot våldsbejakande extremism håller ihop arbetet och rapporterar varje halvår.\n\n' +
      '3. Förebyggande insatser\n- Kompetenshöjning för skola, socialtjänst och fritid\n- SSPF-samverkan med lokalpolisområde Karlstad\n- Lokal lägesbild två gånger per år\n\n' +
      '4. Vid oro\nOro för en person hanteras enligt kommunens rutin för orosanmälan. Inga uppgifter om enskilda förs in i planen.\n\n' +
      '5. Uppföljning\nPlanen följs upp varje år och revideras 2028.',
    files: [{ type: 'pdf', name: 'Handlingsplan-Kil-exempel.pdf', versions: 3 }],
    municipalities: ['Kil'],
    sectors: ['POLITICS', 'SOCIAL_SERVICES', 'SCHOOL', 'LEISURE'],
    competences: ['lokal-handlingsplan', 'lagesbild', 'ssp-samverkan'],
    daysAgo: 510,
  },
  {
    title: 'Handlingsplan mot våldsbejakande extremism, Arvika kommun 2026–2028 (exempel)',
    kind: 'ACTION_PLAN',
    owner: 'Kommunledningskontoret, Arvika kommun',
    summary:
      'Arvikas handlingsplan med tonvikt på tidiga insatser för unga, stöd till anhöriga och samverkan i västra Värmland. ' +
      'Här finns hela planen och en kortversion för medarbetare.',
    body:
      'Planen bygger på kommunens lägesbild och på dialog med skola, socialtjänst, fritid och polis.\n\n' +
      'Prioriterade områden\n- Tidiga insatser för unga som riskerar att dras in i våldsbejakande miljöer\n- Stöd till anhöriga\n' +
      '- Gemensam SSPF-struktur med Eda, Årjäng och Säffle\n- Utbildning för nyanställda',
    link: 'https://arvika.example/handlingsplan-extremism',
    files: [
      { type: 'docx', name: 'Handlingsplan-Arvika-2026-2028-exempel.docx', versions: 2 },
      { type: 'pdf', name: 'Handlingsplan-Arvika-kortversion-exempel.pdf' },
    ],
    municipalities: ['Arvika'],
    competences: ['lokal-handlingsplan', 'anhorigstod'],
    daysAgo: 300,
  },
  {
    title: 'Mall för lokal handlingsplan – för mindre kommuner (exempel)',
    kind: 'ACTION_PLAN',
    owner: 'Länsstyrelsen Värmland',
    contactTitle: 'Regional samordnare',
    summary:
      'En mall med rubriker, exempeltexter och frågor att ta ställning till, för kommuner som skriver eller reviderar sin handlingsplan. ' +
      'Finns i Word- och OpenDocument-format.',
    body:
      'Så använder du mallen\nFyll i avsnitten i ordning. Exempeltexterna i kursiv stil ersätts med kommunens egna.\n\n' +
      'Avsnitt\n1. Bakgrund och lägesbild\n2. Mål\n3. Organisation och ansvar\n4. Förebyggande insatser\n5. Agerande vid oro\n6. Uppföljning',
    files: [
      { type: 'docx', name: 'Mall-lokal-handlingsplan-exempel.docx', versions: 2 },
      { type: 'odt', name: 'Mall-lokal-handlingsplan-exempel.odt' },
    ],
    sectors: ['POLITICS'],
    competences: ['lokal-handlingsplan', 'utbildning-handledning'],
    daysAgo: 420,
  },
  {
    title: 'Handlingsplan för skolans trygghetsarbete vid oro för radikalisering, Sunne (exempel)',
    kind: 'ACTION_PLAN',
    owner: 'Skolförvaltningen, Sunne kommun',
    summary:
      'Utkast: hur skolorna i Sunne arbetar förebyggande och vad rektor, elevhälsa och lärare gör vid oro för en elev. ' +
      'Remissversion för synpunkter från socialtjänsten.',
    files: [{ type: 'pdf', name: 'Skolans-handlingsplan-Sunne-utkast.pdf' }],
    municipalities: ['Sunne'],
    sectors: ['SCHOOL'],
    competences: ['skolans-trygghetsarbete', 'radikalisering-tidiga-tecken'],
    daysAgo: 9,
    draft: true,
  },
  {
    title: 'Uppföljning av handlingsplanen 2025, Kristinehamns kommun (exempel)',
    kind: 'ACTION_PLAN',
    owner: 'Kommunledningskontoret, Kristinehamns kommun',
    summary:
      'Intern uppföljning av kommunens handlingsplan: vilka insatser som genomförts, vad som återstår och förslag till revidering. ' +
      'Underlag till kommunstyrelsen.',
    files: [
      {
        type: 'xlsx',
        name: 'Uppfoljning-handlingsplan-2025-exempel.xlsx',
        table: [
          ['Insats (fiktiv)', 'Ansvarig', 'Status', 'Genomfört, procent'],
          ['Utbildning om tidiga tecken för skolans personal', 'Skolförvaltningen', 'Klar', 100],
          ['SSPF-möten varje månad', 'Socialtjänsten', 'Pågår', 80],
          ['Lokal lägesbild två gånger per år', 'Kommunledningskontoret', 'Pågår', 50],
          ['Information till anhöriga på flera språk', 'Socialtjänsten', 'Ej påbörjad', 0],
        ],
      },
      { type: 'pdf', name: 'Uppfoljning-handlingsplan-2025-exempel.pdf' },
    ],
    municipalities: ['Kristinehamn'],
    competences: ['lokal-handlingsplan'],
    daysAgo: 250,
    ownerAgencyOnly: true,
  },

  // Lägesbilder
  {
    title: 'Lägesbild Värmland hösten 2026 (fiktiv)',
    kind: 'SITUATION_PICTURE',
    owner: 'Länsstyrelsen Värmland',
    contactTitle: 'Handläggare, våldsbejakande extremism',
    summary:
      'Länsstyrelsens sammanställning av kommunernas och polisens lägesbilder för hösten 2026: utvecklingen i de våldsbejakande miljöerna, ' +
      'rekrytering på nätet och kommunernas behov av stöd. Med presentation från lägesbildsmötet.',
    body:
      'Sammanfattning\nLäget i länet bedöms som i stort sett oförändrat sedan i våras. Kommunerna rapporterar fler orosanmälningar som rör unga och digitala miljöer.\n\n' +
      'Utvecklingen per miljö\n- Våldsbejakande högerextremism: propaganda och rekryteringsförsök i spelforum och chattgrupper.\n' +
      '- Våldsbejakande islamistisk extremism: enstaka signaler, främst via sociala medier.\n- Den autonoma miljön: låg aktivitet i länet.\n\n' +
      'Behov\nKommunerna efterfrågar stöd i samtal med unga och i sekretessfrågor.\n\nAlla siffror och bedömningar är påhittade.',
    files: [
      { type: 'pdf', name: 'Lagesbild-Varmland-hosten-2026-fiktiv.pdf', versions: 2 },
      { type: 'pptx', name: 'Lagesbild-hosten-2026-presentation.pptx' },
    ],
    competences: ['lagesbild', 'hogerextremism', 'islamistisk-extremism', 'vansterextremism'],
    daysAgo: 18,
  },
  {
    title: 'Lägesbild Värmland våren 2026 (fiktiv)',
    kind: 'SITUATION_PICTURE',
    owner: 'Länsstyrelsen Värmland',
    summary: 'Halvårets sammanställning av kommunernas och polisens lägesbilder, med tonvikt på unga och nätmiljöer. Siffrorna är påhittade.',
    body: 'Sammanfattning\nFlera kommuner ser ökad spridning av extremistisk propaganda bland högstadieelever. Samverkan i SSPF fungerar bättre än året innan.',
    files: [{ type: 'pdf', name: 'Lagesbild-Varmland-varen-2026-fiktiv.pdf' }],
    competences: ['lagesbild'],
    daysAgo: 190,
  },
  {
    title: 'Polisens lägesbild, västra Värmland – sammanfattning (fiktiv)',
    kind: 'SITUATION_PICTURE',
    owner: 'Lokalpolisområde Arvika',
    summary: 'Lokalpolisområdets sammanfattning för Arvika, Eda, Årjäng och Säffle inför samverkansmötet. Endast för lokalpolisområdets medarbetare.',
    body: 'Bedömning\nInga nya grupperingar har etablerat sig i området. Klotter och affischering har ökat något i två av kommunerna.',
    files: [{ type: 'pdf', name: 'Lagesbild-vastra-Varmland-sammanfattning.pdf' }],
    municipalities: WEST,
    sectors: ['POLICE'],
    competences: ['lagesbild'],
    daysAgo: 75,
    ownerAgencyOnly: true,
  },
  {
    title: 'Lokal lägesbild Torsby kommun 2026 (fiktiv)',
    kind: 'SITUATION_PICTURE',
    owner: 'Kommunledningskontoret, Torsby kommun',
    summary: 'Utkast till kommunens lägesbild, sammanställt från skola, socialtjänst, fritid och kommunpolisen. Ska stämmas av i SSPF-gruppen.',
    files: [{ type: 'docx', name: 'Lagesbild-Torsby-2026-utkast.docx' }],
    municipalities: ['Torsby'],
    competences: ['lagesbild'],
    daysAgo: 14,
    draft: true,
  },
  {
    title: 'Trygghetsenkät bland unga i Karlstad – sammanställning (fiktiv)',
    kind: 'SITUATION_PICTURE',
    owner: 'Kommunledningskontoret, Karlstads kommun',
    contactTitle: 'Trygghetssamordnare',
    summary:
      'Resultat från en enkät om trygghet, nätvanor och utsatthet bland elever i årskurs 8 och gymnasiets år 2. ' +
      'Tabeller per skolområde och en kort analys. Alla svar och siffror är påhittade.',
    files: [
      {
        type: 'ods',
        name: 'Trygghetsenkat-unga-Karlstad-fiktiv.ods',
        table: [
          ['Påstående (fiktiva svar)', 'Årskurs 8, andel som instämmer', 'Gymnasiet år 2, andel som instämmer'],
          ['Jag känner mig trygg i skolan', 0.84, 0.88],
          ['Jag har sett hatiska bilder eller texter på nätet senaste månaden', 0.41, 0.46],
          ['Jag vet vem jag kan prata med om något känns fel', 0.67, 0.72],
        ],
      },
      { type: 'pdf', name: 'Trygghetsenkat-unga-Karlstad-analys-fiktiv.pdf' },
    ],
    municipalities: ['Karlstad'],
    sectors: ['SCHOOL', 'LEISURE'],
    competences: ['lagesbild', 'skolans-trygghetsarbete'],
    daysAgo: 140,
  },

  // Metodstöd
  {
    title: 'Metodstöd: orosanmälan vid misstanke om radikalisering (exempel)',
    kind: 'METHOD_GUIDE',
    owner: 'Socialtjänsten, Karlstads kommun',
    summary:
      'Steg för steg: när en yrkesverksam ska göra en orosanmälan, vad anmälan bör innehålla, vad socialtjänsten gör sedan ' +
      'och hur den som anmält får återkoppling.',
    body:
      'Anmälningsplikten\nDen som arbetar med barn och unga ska genast anmäla till socialtjänsten vid oro för att ett barn far illa.\n\n' +
      'Vad anmälan bör innehålla\n- Vad du har sett eller hört\n- När och var\n- Vad du redan har gjort\n\n' +
      'Efter anmälan\nSocialtjänsten gör en förhandsbedömning och beslutar om en utredning ska inledas.',
    link: 'https://karlstad.example/socialtjanst/orosanmalan',
    files: [{ type: 'pdf', name: 'Metodstod-orosanmalan-exempel.pdf', versions: 2 }],
    sectors: ['SCHOOL', 'LEISURE', 'HEALTH_CARE', 'SOCIAL_SERVICES'],
    competences: ['orosanmalan', 'radikalisering-tidiga-tecken', 'juridik-sekretess'],
    daysAgo: 460,
  },
  {
    title: 'Checklista: första samtalet vid oro för en elev (exempel)',
    kind: 'METHOD_GUIDE',
    owner: 'Skolförvaltningen, Karlstads kommun',
    summary: 'En checklista för mentorer och elevhälsa: förbered samtalet, lyssna utan att döma, dokumentera rätt och vet när du ska kontakta socialtjänsten.',
    body: 'Före samtalet\n- Välj en lugn plats\n- Bestäm vem som dokumenterar\n\nUnder samtalet\n- Ställ öppna frågor\n- Visa att du bryr dig om eleven\n\nEfter samtalet\n- Stäm av med rektor och elevhälsa',
    files: [
      { type: 'docx', name: 'Checklista-forsta-samtalet-exempel.docx' },
      { type: 'txt', name: 'Checklista-forsta-samtalet-exempel.txt' },
    ],
    sectors: ['SCHOOL'],
    competences: ['samtalsstod', 'skolans-trygghetsarbete'],
    daysAgo: 330,
  },
  {
    title: 'Rutin för SSPF-samverkan i västra Värmland (exempel)',
    kind: 'METHOD_GUIDE',
    owner: 'Socialtjänsten, Arvika kommun',
    contactTitle: 'SSPF-samordnare',
    summary:
      'Gemensam rutin för SSPF-grupperna i Arvika, Eda, Årjäng och Säffle: mötesordning, roller, hur oro lyfts ' +
      'och vad som får delas med hänsyn till sekretessen.',
    body:
      'Mötesordning\nSSPF-gruppen träffas en gång i månaden. Ordförandeskapet roterar mellan kommunerna.\n\n' +
      'Roller\nSkola, socialtjänst, polis och fritid deltar med en ordinarie representant och en ersättare.\n\n' +
      'Sekretess\nÄrenden om enskilda tas inte upp utan samtycke eller stöd i lag.',
    files: [{ type: 'pdf', name: 'Rutin-SSPF-vastra-Varmland-exempel.pdf', versions: 3 }],
    municipalities: WEST,
    competences: ['ssp-samverkan', 'juridik-sekretess'],
    daysAgo: 270,
  },
  {
    title: 'Metodstöd för fritidsledare: att fånga upp oro (exempel)',
    kind: 'METHOD_GUIDE',
    owner: 'Fritidsförvaltningen, Karlstads kommun',
    summary: 'Presentation för arbetsplatsträffar på fritidsgårdarna: vad tidiga tecken kan vara, hur man pratar med unga om det och vem man kontaktar.',
    files: [{ type: 'pptx', name: 'Fritidsledare-fanga-upp-oro-exempel.pptx' }],
    sectors: ['LEISURE'],
    competences: ['radikalisering-tidiga-tecken', 'samtalsstod'],
    daysAgo: 160,
  },
  {
    title: 'Orosbedömning i socialtjänsten – arbetsmaterial (exempel)',
    kind: 'METHOD_GUIDE',
    owner: 'Socialtjänsten, Arvika kommun',
    summary: 'Internt arbetsmaterial för förhandsbedömningar när oron gäller radikalisering: frågeområden, samråd och när polisen ska kontaktas.',
    files: [{ type: 'docx', name: 'Orosbedomning-arbetsmaterial-exempel.docx', versions: 2 }],
    sectors: ['SOCIAL_SERVICES'],
    competences: ['orosanmalan', 'radikalisering-tidiga-tecken'],
    daysAgo: 60,
    ownerAgencyOnly: true,
  },

  // Utbildningsmaterial
  {
    title: 'Utbildningspaket: tidiga tecken på radikalisering (exempel)',
    kind: 'TRAINING_MATERIAL',
    owner: 'Länsstyrelsen Värmland',
    contactTitle: 'Regional samordnare',
    summary:
      'Bildspel och handledning för en halvdagsutbildning om tidiga tecken, skydds- och riskfaktorer och vart man vänder sig i Värmland. ' +
      'Fritt att använda i kommunernas egna utbildningar.',
    body:
      'Upplägg\n1. Begrepp: radikalisering, våldsbejakande extremism, extremistmiljöer\n2. Skyddsfaktorer och riskfaktorer\n' +
      '3. Att uttrycka oro utan att stigmatisera\n4. Vart vänder jag mig?\n\nHandledaren behöver ingen särskild förkunskap.',
    files: [
      { type: 'pptx', name: 'Utbildning-tidiga-tecken-exempel.pptx', versions: 2 },
      { type: 'pdf', name: 'Handledning-tidiga-tecken-exempel.pdf' },
    ],
    competences: ['radikalisering-tidiga-tecken', 'utbildning-handledning'],
    daysAgo: 400,
  },
  {
    title: 'Övningsfall för SSPF-grupper (exempel)',
    kind: 'TRAINING_MATERIAL',
    owner: 'Socialtjänsten, Säffle kommun',
    summary: 'Sex påhittade fall att diskutera i SSPF-gruppen, med frågor om ansvar, sekretess och nästa steg. Fallen beskriver inga verkliga personer.',
    body: 'Fall 1: En elev delar extremistiska bilder i klassens chatt.\nFall 2: En fritidsledare hör en grupp unga planera att skrämma en kamrat.\n\nFrågor\n- Vem gör vad?\n- Vad får delas?',
    files: [{ type: 'docx', name: 'Ovningsfall-SSPF-exempel.docx' }],
    competences: ['ssp-samverkan', 'utbildning-handledning'],
    daysAgo: 230,
  },
  {
    title: 'Introduktion för nya i nätverket (exempel)',
    kind: 'TRAINING_MATERIAL',
    owner: 'Länsstyrelsen Värmland',
    summary: 'Hur samverkan mot våldsbejakande extremism är organiserad i Värmland, vem som gör vad och hur portalen används. För nya medarbetare.',
    link: 'https://lansstyrelsen.example/natverket/introduktion',
    files: [{ type: 'pdf', name: 'Introduktion-natverket-exempel.pdf' }],
    competences: ['utbildning-handledning'],
    daysAgo: 35,
  },
  {
    title: 'Diskussionsunderlag om demokrati och extremism för högstadiet (exempel)',
    kind: 'TRAINING_MATERIAL',
    owner: 'Skolförvaltningen, Hammarö kommun',
    summary: 'Lektionsupplägg och diskussionsfrågor för årskurs 7–9 om demokrati, propaganda och källkritik på nätet.',
    link: 'https://hammaro.example/skola/diskussionsunderlag',
    files: [{ type: 'odt', name: 'Diskussionsunderlag-hogstadiet-exempel.odt' }],
    sectors: ['SCHOOL'],
    competences: ['skolans-trygghetsarbete', 'radikalisering-tidiga-tecken'],
    daysAgo: 120,
  },
  {
    title: 'Preventing violent extremism: an introduction for new staff (example)',
    kind: 'TRAINING_MATERIAL',
    owner: 'Center mot våldsbejakande extremism (CVE)',
    summary: 'Engelskspråkig introduktion till det förebyggande arbetet mot våldsbejakande extremism i Sverige, för medarbetare som ännu inte läser svenska.',
    language: 'en',
    link: 'https://cve.example/en/introduction',
    competences: ['radikalisering-tidiga-tecken', 'utbildning-handledning'],
    daysAgo: 290,
  },

  // Forskning och rapporter
  {
    title: 'Anhörigas behov i Värmland – en intervjustudie (fiktiv rapport)',
    kind: 'RESEARCH_REPORT',
    owner: 'Karlstads universitet, Institutionen för socialt arbete',
    summary:
      'Intervjuer med anhöriga och yrkesverksamma om vilket stöd anhöriga till personer i våldsbejakande miljöer behöver. ' +
      'Studien, intervjuerna och resultaten är påhittade.',
    body: 'Resultat i korthet\n- Anhöriga vet sällan vart de kan vända sig\n- Stödet behöver finnas nära hemmet\n- Yrkesverksamma efterfrågar samtalsstöd för anhöriga',
    files: [{ type: 'pdf', name: 'Anhorigas-behov-intervjustudie-fiktiv.pdf', versions: 2 }],
    sectors: ['SOCIAL_SERVICES', 'CIVIL_SOCIETY'],
    competences: ['anhorigstod', 'samtalsstod'],
    daysAgo: 200,
  },
  {
    title: 'Samverkan mellan skola och socialtjänst vid oro för radikalisering – en forskningsöversikt (fiktiv)',
    kind: 'RESEARCH_REPORT',
    owner: 'Karlstads universitet, Institutionen för socialt arbete',
    summary: 'En översikt över vad forskningen säger om samverkan mellan skola och socialtjänst när en ung person väcker oro. Referenserna är påhittade.',
    link: 'https://kau.example/socialt-arbete/forskningsoversikt-samverkan',
    files: [{ type: 'pdf', name: 'Forskningsoversikt-samverkan-fiktiv.pdf' }],
    sectors: ['SCHOOL', 'SOCIAL_SERVICES'],
    competences: ['ssp-samverkan', 'skolans-trygghetsarbete'],
    daysAgo: 350,
  },
  {
    title: 'Behovet av avhopparverksamhet i Värmland – uppföljning av kartläggningen (fiktiv rapport)',
    kind: 'RESEARCH_REPORT',
    owner: 'Brottsförebyggande Centrum i Värmland',
    summary:
      'Följer upp kartläggningen av behov och förutsättningar för en avhopparverksamhet i länet: vad som har byggts upp, ' +
      'vilka luckor som finns kvar och vad kommunerna efterfrågar. Med tabellbilaga.',
    files: [
      { type: 'pdf', name: 'Uppfoljning-avhopparverksamhet-fiktiv.pdf' },
      {
        type: 'xlsx',
        name: 'Uppfoljning-avhopparverksamhet-tabeller.xlsx',
        table: [
          ['Fråga till kommunerna (fiktiva svar)', 'Antal kommuner som svarat ja', 'Antal kommuner'],
          ['Har en utsedd kontakt för avhoppare', 9, 16],
          ['Har rutin för stöd till anhöriga', 7, 16],
          ['Samverkar med civilsamhället om avhopp', 11, 16],
        ],
      },
    ],
    competences: ['avhopparstod', 'anhorigstod'],
    daysAgo: 530,
  },
  {
    title: 'Young people and extremist content online: a Nordic overview (fictional)',
    kind: 'RESEARCH_REPORT',
    owner: 'Karlstads universitet, Institutionen för socialt arbete',
    summary: 'Engelskspråkig översikt över nordiska studier om ungas möte med extremistiskt innehåll på nätet. Översikten och studierna är påhittade.',
    language: 'en',
    files: [{ type: 'pdf', name: 'Nordic-overview-extremist-content-fictional.pdf' }],
    competences: ['radikalisering-tidiga-tecken', 'hogerextremism'],
    daysAgo: 95,
  },
  {
    title: 'Utvärdering av SSPF i tre värmländska kommuner – delrapport (fiktiv)',
    kind: 'RESEARCH_REPORT',
    owner: 'Karlstads universitet, Institutionen för socialt arbete',
    summary: 'Utkast till delrapport från en utvärdering av SSPF-samverkan i Hagfors, Munkfors och Filipstad.',
    files: [{ type: 'docx', name: 'Utvardering-SSPF-delrapport-utkast.docx' }],
    municipalities: ['Hagfors', 'Munkfors', 'Filipstad'],
    competences: ['ssp-samverkan'],
    daysAgo: 6,
    draft: true,
  },

  // Stödlinjer
  {
    title: 'Stödlinje för yrkesverksamma (exempel)',
    kind: 'HELPLINE',
    owner: 'Center mot våldsbejakande extremism (CVE)',
    contactTitle: 'Utredare',
    summary:
      'Rådgivning för dig som i ditt arbete möter oro för att någon dras in i våldsbejakande extremism. ' +
      'Du kan vara anonym och behöver inte lämna uppgifter om den du är orolig för.',
    link: 'https://cve.example/stodlinje',
    competences: ['radikalisering-tidiga-tecken', 'juridik-sekretess', 'samtalsstod'],
    daysAgo: 540,
  },
  {
    title: 'Exit: stöd till dig som vill lämna en våldsbejakande miljö (exempel)',
    kind: 'HELPLINE',
    owner: 'Exit Fryshuset',
    summary: 'Exits stöd för den som vill lämna en våldsbejakande miljö: första kontakten, samtal och hjälp vidare. Kontakten kan vara anonym.',
    link: 'https://exit.example/stod',
    competences: ['avhopparstod'],
    daysAgo: 480,
  },
  {
    title: 'Brottsofferjourens stöd till brottsutsatta, vittnen och anhöriga (exempel)',
    kind: 'HELPLINE',
    owner: 'Brottsofferjouren Värmland',
    summary: 'Stöd och samtal för den som utsatts för brott, har bevittnat brott eller är anhörig. Kontakta jouren via e-post för en första kontakt.',
    link: 'mailto:info@boj-varmland.example',
    sectors: ['CIVIL_SOCIETY', 'SOCIAL_SERVICES'],
    competences: ['anhorigstod', 'samtalsstod'],
    daysAgo: 260,
  },
  {
    title: 'Kontaktkort: vart vänder jag mig vid oro? (exempel)',
    kind: 'HELPLINE',
    owner: 'Länsstyrelsen Värmland',
    summary: 'Ett kontaktkort att skriva ut eller sätta upp i personalrummet: vem du kontaktar vid oro, dagtid och kvällstid, i Värmland och nationellt.',
    body:
      'Vid akut fara: ring 112.\nPolisen, övriga ärenden: 114 14.\n\nOro för ett barn eller en ung person: socialtjänsten i din kommun.\n' +
      'Frågor om våldsbejakande extremism: kommunens samordnare (se katalogen i portalen).',
    files: [
      { type: 'png', name: 'Kontaktkort-oro-Varmland-exempel.png' },
      { type: 'pdf', name: 'Kontaktkort-oro-Varmland-exempel.pdf' },
    ],
    competences: ['orosanmalan', 'avhopparstod', 'anhorigstod'],
    daysAgo: 150,
  },
  {
    title: 'Stödlinje för anhöriga – information på arabiska (exempel)',
    kind: 'HELPLINE',
    owner: 'Exit Fryshuset',
    summary: 'Information på arabiska om stödet till anhöriga som är oroliga för en närstående: hur man tar kontakt och vad som händer sedan.',
    body: 'هذا نص تجريبي للعرض فقط.\n\n(Exempeltext. Det verkliga materialet skulle vara skrivet på arabiska.)',
    language: 'ar',
    link: 'https://exit.example/ar/anhoriga',
    files: [{ type: 'txt', name: 'Information-anhoriga-arabiska-exempel.txt' }],
    competences: ['anhorigstod'],
    daysAgo: 130,
  },

  // Avhopparvägar
  {
    title: 'Avhopparprocessen steg för steg (exempel)',
    kind: 'EXIT_PATHWAYS',
    owner: 'Brottsförebyggande Centrum i Värmland',
    summary: 'Vad händer när någon vill lämna en våldsbejakande miljö? Från första kontakten via skydd, boende och försörjning till ett nytt sammanhang.',
    body: 'Steg\n1. Första kontakten\n2. Bedömning av hot och skyddsbehov\n3. Boende, försörjning och sysselsättning\n4. Samtalsstöd och nätverk\n5. Uppföljning',
    link: 'https://bfc-varmland.example/avhopparstod',
    files: [{ type: 'pdf', name: 'Avhopparprocessen-exempel.pdf' }],
    competences: ['avhopparstod'],
    daysAgo: 310,
  },
  {
    title: 'Rollfördelning vid avhopp i Värmland – internt underlag (exempel)',
    kind: 'EXIT_PATHWAYS',
    owner: 'Länsstyrelsen Värmland',
    summary: 'Underlag till samordnarträffen: vilken aktör som gör vad när en person vill lämna en våldsbejakande miljö, och var det saknas en ansvarig.',
    files: [{ type: 'docx', name: 'Rollfordelning-avhopp-underlag.docx' }],
    competences: ['avhopparstod', 'lokal-handlingsplan'],
    daysAgo: 45,
    ownerAgencyOnly: true,
  },
  {
    title: 'Stöd vid frigivning för den som vill lämna en våldsbejakande miljö (exempel)',
    kind: 'EXIT_PATHWAYS',
    owner: 'Kriminalvården, Frivården Karlstad',
    summary: 'Informationsblad om frivårdens stöd vid utslussning och hur samverkan med socialtjänsten och civilsamhället går till.',
    files: [{ type: 'pdf', name: 'Stod-vid-frigivning-exempel.pdf' }],
    sectors: ['SOCIAL_SERVICES', 'CIVIL_SOCIETY', 'NATIONAL_AGENCY'],
    competences: ['avhopparstod'],
    daysAgo: 215,
  },
  {
    title: 'Så arbetar Exit med avhoppare – presentation (exempel)',
    kind: 'EXIT_PATHWAYS',
    owner: 'Exit Fryshuset',
    summary: 'Bildspel från en utbildningsdag: Exits arbetssätt, anhörigas roll och hur kommunerna kan samverka med Exit.',
    link: 'https://exit.example/om-exit',
    files: [{ type: 'pptx', name: 'Exit-arbetssatt-presentation-exempel.pptx' }],
    competences: ['avhopparstod', 'anhorigstod'],
    daysAgo: 170,
  },

  // Anhörigstöd
  {
    title: 'Till dig som är orolig för en närstående (exempel)',
    kind: 'RELATIVES_SUPPORT',
    owner: 'Socialtjänsten, Arvika kommun',
    summary: 'En folder för anhöriga: tecken att vara uppmärksam på, hur man kan prata med sin närstående och var det finns stöd i Arvika och Eda.',
    body: 'Du är inte ensam\nMånga anhöriga känner oro, skam eller ilska. Det är vanligt att inte veta vad man ska göra.\n\nHär finns stöd\nSocialtjänsten erbjuder samtal för anhöriga. Du kan vara anonym vid första kontakten.',
    link: 'https://arvika.example/socialtjanst/anhorigstod',
    files: [{ type: 'pdf', name: 'Folder-anhoriga-Arvika-exempel.pdf', versions: 2 }],
    municipalities: ['Arvika', 'Eda'],
    competences: ['anhorigstod', 'samtalsstod'],
    daysAgo: 110,
  },
  {
    title: 'Anhörigträffar i Karlstad – affisch och information (exempel)',
    kind: 'RELATIVES_SUPPORT',
    owner: 'Socialtjänsten, Karlstads kommun',
    summary: 'Affisch och informationsblad om socialtjänstens öppna anhörigträffar varannan tisdag. Fritt att sätta upp i väntrum och skolor.',
    files: [
      { type: 'jpeg', name: 'Affisch-anhorigtraffar-exempel.jpg' },
      { type: 'pdf', name: 'Anhorigtraffar-information-exempel.pdf' },
    ],
    municipalities: ['Karlstad'],
    competences: ['anhorigstod'],
    daysAgo: 28,
  },
  {
    title: 'Stöd för anhöriga – information på somaliska (exempel)',
    kind: 'RELATIVES_SUPPORT',
    owner: 'Socialtjänsten, Kristinehamns kommun',
    summary: 'Informationsblad på somaliska om socialtjänstens stöd till anhöriga som är oroliga för en närstående.',
    body: 'Kani waa tusaale qoraal ah oo keliya.\n\n(Exempeltext. Det verkliga materialet skulle vara skrivet på somaliska.)',
    language: 'so',
    files: [{ type: 'pdf', name: 'Stod-anhoriga-somaliska-exempel.pdf' }],
    municipalities: ['Kristinehamn'],
    competences: ['anhorigstod'],
    daysAgo: 65,
  },
  {
    title: 'Samtalsstöd för föräldrar som oroar sig för sitt barn (exempel)',
    kind: 'RELATIVES_SUPPORT',
    owner: 'Region Värmland, Barn- och ungdomspsykiatrin',
    summary: 'Material för samtal med föräldrar: hur oro kan uttryckas, hur föräldern kan behålla kontakten med sitt barn och när BUP kan bidra.',
    files: [
      { type: 'pdf', name: 'Samtalsstod-foraldrar-exempel.pdf' },
      { type: 'docx', name: 'Samtalsstod-foraldrar-samtalsguide-exempel.docx' },
    ],
    sectors: ['HEALTH_CARE', 'SOCIAL_SERVICES', 'SCHOOL'],
    competences: ['samtalsstod', 'anhorigstod'],
    daysAgo: 240,
  },

  // Lagstiftning och sekretess
  {
    title: 'Sekretess mellan skola, socialtjänst och polis – en sammanställning (exempel)',
    kind: 'LAW_AND_CONFIDENTIALITY',
    owner: 'Kommunledningskontoret, Karlstads kommun',
    contactTitle: 'Säkerhetschef',
    summary:
      'Vilka uppgifter får skola, socialtjänst och polis dela med varandra, och när? En sammanställning av sekretessbrytande bestämmelser ' +
      'och uppgiftsskyldigheter, med exempel från SSPF-arbetet.',
    body:
      'Utgångspunkt\nSkola, socialtjänst och polis har olika sekretessregler. Samverkan måste ske inom ramen för dem.\n\n' +
      'Vägar att dela uppgifter\n- Samtycke från den det gäller\n- Uppgiftsskyldighet och anmälningsplikt\n- Sekretessbrytande bestämmelser\n\n' +
      'Sammanställningen är ett exempel och ersätter inte juridisk rådgivning.',
    link: 'https://karlstad.example/sekretess-samverkan',
    files: [{ type: 'pdf', name: 'Sekretess-skola-socialtjanst-polis-exempel.pdf', versions: 2 }],
    sectors: ['SCHOOL', 'SOCIAL_SERVICES', 'POLICE'],
    competences: ['juridik-sekretess', 'ssp-samverkan'],
    daysAgo: 440,
  },
  {
    title: 'Uppgiftsskyldighet och sekretessbrytande bestämmelser – frågor och svar (exempel)',
    kind: 'LAW_AND_CONFIDENTIALITY',
    owner: 'Center mot våldsbejakande extremism (CVE)',
    summary: 'Vanliga frågor från kommunerna om vad som får delas mellan myndigheter vid oro för radikalisering, med korta svar.',
    link: 'https://cve.example/juridik/fragor-och-svar',
    competences: ['juridik-sekretess'],
    daysAgo: 360,
  },
  {
    title: 'Mall: samtycke till informationsutbyte i SSPF (exempel)',
    kind: 'LAW_AND_CONFIDENTIALITY',
    owner: 'Socialtjänsten, Eda kommun',
    summary: 'Utkast till samtyckesblankett för vårdnadshavare och unga, så att skola, socialtjänst, polis och fritid kan dela uppgifter i ett SSPF-ärende.',
    files: [
      { type: 'docx', name: 'Mall-samtycke-SSPF-utkast.docx' },
      { type: 'odt', name: 'Mall-samtycke-SSPF-utkast.odt' },
    ],
    municipalities: ['Eda'],
    competences: ['juridik-sekretess', 'ssp-samverkan'],
    daysAgo: 3,
    draft: true,
  },
  {
    title: 'Hot mot förtroendevalda: anmälan och stöd (exempel)',
    kind: 'LAW_AND_CONFIDENTIALITY',
    owner: 'Polisområde Värmland',
    summary: 'Vad som är brottsligt, hur en polisanmälan går till och vilket stöd förtroendevalda kan få av kommunen och polisen.',
    files: [{ type: 'pdf', name: 'Hot-mot-fortroendevalda-exempel.pdf' }],
    sectors: ['POLITICS'],
    competences: ['hot-mot-fortroendevalda', 'juridik-sekretess'],
    daysAgo: 80,
  },
];
