// The benchmark data set: 5,000 generated agencies, 100,000 generated contacts and their seats,
// added beside whatever the database holds. Everything is fictional and says so in its
// description; addresses end in .example. Set-based SQL, so it takes seconds, not hours.
import pg from 'pg';

export const SCALE = { agencies: 5000, contacts: 100_000 };

const MARKER = 'Genererad för prestandamätning';

/** How many generated agencies the database already holds (0 before the first run). */
export async function scaleDataPresent(client) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM agencies WHERE description LIKE $1`, [`${MARKER}%`]);
  return rows[0].n;
}

/**
 * Adds the scale data set once (a second call finds it and returns). The directory index
 * triggers are switched off during the bulk insert and the index is built once at the end.
 */
export async function seedScaleData(url, { agencies = SCALE.agencies, contacts = SCALE.contacts, log = console.log } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if ((await scaleDataPresent(client)) > 0) {
      log('The scale data set is already there.');
      return false;
    }
    const started = Date.now();
    await client.query('BEGIN');
    for (const table of ['agencies', 'agency_municipalities', 'contacts', 'contact_municipalities', 'contact_competences', 'functions']) {
      await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    }
    await client.query(GENERATE_AGENCIES, [agencies, MARKER]);
    await client.query(GENERATE_AGENCY_MUNICIPALITIES, [`${MARKER}%`]);
    await client.query(GENERATE_CONTACTS, [contacts, `${MARKER}%`]);
    await client.query(GENERATE_CONTACT_MUNICIPALITIES);
    await client.query(GENERATE_CONTACT_COMPETENCES);
    await client.query(GENERATE_FUNCTIONS, [`${MARKER}%`]);
    for (const table of ['agencies', 'agency_municipalities', 'contacts', 'contact_municipalities', 'contact_competences', 'functions']) {
      await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    }
    await client.query(`SELECT directory_refresh('{}', '{}', ARRAY(SELECT id FROM agencies WHERE description LIKE $1))`, [`${MARKER}%`]);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    log(`Scale data set added in ${((Date.now() - started) / 1000).toFixed(1)} s: ${agencies} agencies, ${contacts} contacts and their seats.`);
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

const GENERATE_AGENCIES = `
  INSERT INTO agencies (id, name, sector, city, email, phone, description, updated_at)
  SELECT gen_random_uuid(),
         (ARRAY['Fritidsgården','Enheten för barn och unga','Elevhälsan','Föreningen','Mottagningen',
                'Socialtjänsten','Familjecentralen','Ungdomsmottagningen','Skolan','Stödcentrum'])[1 + i % 10]
           || ' ' || (ARRAY['Norr','Söder','Väster','Öster','Centrum','Älvdalen','Åsen','Sjöstaden','Bergvik'])[1 + i % 9] || ' ' || i,
         (enum_range(NULL::"Sector"))[1 + i % 10],
         (ARRAY['Karlstad','Arvika','Kristinehamn','Sunne','Torsby','Säffle','Hagfors','Kil'])[1 + i % 8],
         'organisation' || i || '@skala.example',
         '010-' || lpad((i % 1000000)::text, 6, '0'),
         $2 || ', nummer ' || i || '. Arbetar med ' ||
           (ARRAY['avhopparstöd','anhörigstöd','orosanmälan','trygghetsarbete','samtalsstöd','lägesbild'])[1 + i % 6] || '.',
         now()
  FROM generate_series(1, $1) AS i`;

// One municipality for most, two for some, the whole county for one in fifty.
const GENERATE_AGENCY_MUNICIPALITIES = `
  WITH generated AS (
    SELECT a.id, row_number() OVER (ORDER BY a.id) AS n FROM agencies a WHERE a.description LIKE $1
  ), codes AS (
    SELECT array_agg(code ORDER BY code) AS all_codes, count(*)::int AS size FROM municipalities WHERE region_code = '17'
  )
  INSERT INTO agency_municipalities (agency_id, municipality_code)
  SELECT g.id, c.all_codes[1 + ((g.n + k) % c.size)]
  FROM generated g, codes c, generate_series(0, 15) AS k
  WHERE k = 0 OR (g.n % 3 = 0 AND k = 5) OR g.n % 50 = 0`;

const GENERATE_CONTACTS = `
  WITH generated AS (
    SELECT a.id, row_number() OVER (ORDER BY a.id) - 1 AS n, count(*) OVER () AS total FROM agencies a WHERE a.description LIKE $2
  )
  INSERT INTO contacts (id, agency_id, name, title, email, phone, ask_me_about, languages, away_until, last_verified_at, updated_at)
  SELECT gen_random_uuid(), g.id,
         (ARRAY['Anna','Erik','Maria','Lars','Karin','Anders','Eva','Johan','Sara','Mohammed','Fatima','Ali','Elin',
                'Oskar','Ida','Nils','Åsa','Örjan','Linnéa','Björn','Hanna','Per','Leila','Jonas','Sofia','Ahmed'])[1 + i % 26]
           || ' ' ||
         (ARRAY['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson','Svensson','Gustafsson',
                'Pettersson','Jonsson','Lindberg','Lindqvist','Axelsson','Berg','Bergström','Lundqvist','Hassan','Öberg',
                'Åberg','Sundqvist','Wallin','Nyström','Holm','Ali','Engström','Forsberg','Sandberg','Lindholm'])[1 + (i / 26) % 30]
           || CASE WHEN i % 7 = 0 THEN '-' || (ARRAY['Ek','Lind','Björk','Al','Sjö'])[1 + i % 5] ELSE '' END,
         (ARRAY['Socialsekreterare','Fältsekreterare','Kurator','Rektor','Fritidsledare','Kommunpolis','Samordnare',
                'Handläggare','Familjebehandlare','Skolsköterska','Utredare','Verksamhetsledare'])[1 + i % 12],
         'person' || i || '@skala.example',
         '070-' || lpad((i % 10000000)::text, 7, '0'),
         'Frågor om ' || (ARRAY['avhopparstöd','anhörigstöd','orosanmälan','skolans trygghetsarbete','samtalsstöd',
                                'lägesbild','lokal handlingsplan','hot mot förtroendevalda'])[1 + i % 8],
         CASE i % 5 WHEN 0 THEN '{sv,en}'::varchar[] WHEN 1 THEN '{sv}' WHEN 2 THEN '{sv,ar}' WHEN 3 THEN '{sv,en,fi}' ELSE '{sv,so}' END,
         CASE WHEN i % 33 = 0 THEN current_date + (i % 60) ELSE NULL END,
         now() - ((i % 730) || ' days')::interval,
         now()
  FROM generate_series(0, $1 - 1) AS i
  JOIN generated g ON g.n = i % g.total`;

// A third of the people cover only one of their agency's municipalities.
const GENERATE_CONTACT_MUNICIPALITIES = `
  INSERT INTO contact_municipalities (contact_id, municipality_code)
  SELECT DISTINCT ON (c.id) c.id, am.municipality_code
  FROM contacts c JOIN agency_municipalities am ON am.agency_id = c.agency_id
  WHERE c.email LIKE '%@skala.example' AND hashtext(c.id::text) % 3 = 0
  ORDER BY c.id, am.municipality_code`;

const GENERATE_CONTACT_COMPETENCES = `
  WITH k AS (SELECT array_agg(id ORDER BY sort_order) AS ids, count(*)::int AS size FROM competences)
  INSERT INTO contact_competences (contact_id, competence_id)
  SELECT DISTINCT c.id, k.ids[1 + ((abs(hashtext(c.id::text)) + j * 7) % k.size)]
  FROM contacts c, k, generate_series(0, 2) AS j
  WHERE c.email LIKE '%@skala.example' AND j <= abs(hashtext(c.id::text)) % 3`;

// Three seats per agency of the kinds its sector has; one in twelve vacant; half with a deputy.
const GENERATE_FUNCTIONS = `
  WITH staff AS (
    SELECT c.agency_id, array_agg(c.id ORDER BY c.id) AS ids FROM contacts c
    WHERE c.email LIKE '%@skala.example' GROUP BY c.agency_id
  ), generated AS (
    SELECT a.id, a.name, a.sector, row_number() OVER (ORDER BY a.id) AS n FROM agencies a WHERE a.description LIKE $1
  )
  INSERT INTO functions (id, agency_id, name, kind, mailbox, holder_id, deputy_id, updated_at)
  SELECT gen_random_uuid(), g.id,
         (ARRAY['Samordnare mot våldsbejakande extremism','SSPF-samordnare','Trygghetssamordnare','Fältsekreterare',
                'Skolkurator','Kommunpolis','Regional samordnare','Avhopparstödjare','Anhörigstödjare'])[1 + (g.n + s) % 9]
           || ', ' || g.name,
         (ARRAY['CVE_COORDINATOR','SSP_COORDINATOR','SAFETY_COORDINATOR','SOCIAL_WORKER','SCHOOL_WELFARE',
                'COMMUNITY_POLICE','REGIONAL_COORDINATOR','EXIT_SUPPORT','RELATIVES_SUPPORT'])[1 + (g.n + s) % 9]::"FunctionKind",
         CASE WHEN s = 0 THEN 'funktion' || g.n || '@skala.example' END,
         CASE WHEN (g.n + s) % 12 = 0 THEN NULL ELSE st.ids[1 + s % cardinality(st.ids)] END,
         CASE WHEN (g.n + s) % 2 = 0 THEN st.ids[1 + (s + 3) % cardinality(st.ids)] END,
         now()
  FROM generated g JOIN staff st ON st.agency_id = g.id, generate_series(0, 2) AS s`;
