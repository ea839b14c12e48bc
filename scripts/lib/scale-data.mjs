// The benchmark data set: 5,000 generated agencies, 100,000 generated contacts and their seats,
// and 20,000 generated events with their registrations, added beside whatever the database holds. Everything is fictional and says so in its
// description; addresses end in .example. Set-based SQL, so it takes seconds, not hours.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const SCALE = { agencies: 5000, contacts: 100_000, events: 20_000, eventUsers: 2000 };

/**
 * Of the events, this many end after "now - 90 days" (the window of the network calendar feed) and
 * start within the year ahead; the rest lie further back, over ten years.
 */
export const SCALE_RECENT_EVENTS = 1000;

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
export async function seedScaleData(url, { agencies = SCALE.agencies, contacts = SCALE.contacts, events = SCALE.events, log = console.log } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if ((await scaleDataPresent(client)) > 0) {
      log('The scale data set is already there.');
      // A database given the scale data before there were events gets its events now.
      return await seedScaleEvents(client, { events, log });
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
    await seedScaleEvents(client, { events, log });
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** How many generated events the database already holds. */
export async function scaleEventsPresent(client) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM events WHERE description LIKE $1`, [`${MARKER}%`]);
  return rows[0].n;
}

/**
 * Adds the generated events once: accounts for the participants (nobody knows their password),
 * the events from ten years back to a year ahead at Swedish office hours, their target
 * competences and invited agencies, and about twelve registrations each, some on a waitlist.
 */
async function seedScaleEvents(client, { events, log }) {
  if ((await scaleEventsPresent(client)) > 0) {
    log('The generated events are already there.');
    return false;
  }
  const started = Date.now();
  const { hashPassword } = await import('@repo/db');
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const recent = Math.min(SCALE_RECENT_EVENTS, events);
  await client.query('BEGIN');
  await client.query(GENERATE_EVENT_USERS, [SCALE.eventUsers, passwordHash, `${MARKER}%`]);
  await client.query(GENERATE_EVENTS, [events, recent, `${MARKER}%`, MARKER]);
  await client.query(GENERATE_EVENT_COMPETENCES, [`${MARKER}%`]);
  await client.query(GENERATE_EVENT_INVITED_AGENCIES, [`${MARKER}%`]);
  const { rowCount } = await client.query(GENERATE_EVENT_REGISTRATIONS, [`${MARKER}%`]);
  await client.query('COMMIT');
  await client.query('ANALYZE events, event_registrations, event_competences, event_invited_agencies, users');
  log(`Generated events added in ${((Date.now() - started) / 1000).toFixed(1)} s: ${events} events (${recent} in the calendar feed's window), ${rowCount} registrations.`);
  return true;
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

const EVENT_USERS_WHERE = `email LIKE 'deltagare%@skala.example'`;

// The generated agencies as one array, indexed by arithmetic: a join on "n = i % total" would
// compare every row with every agency.
const GENERATED_AGENCY_IDS = (marker) => `SELECT array_agg(id ORDER BY id) AS ids FROM agencies WHERE description LIKE ${marker}`;

// Participants spread over the generated agencies.
const GENERATE_EVENT_USERS = `
  WITH generated AS (${GENERATED_AGENCY_IDS('$3')})
  INSERT INTO users (id, email, name, role, agency_id, password_hash, updated_at)
  SELECT gen_random_uuid(), 'deltagare' || i || '@skala.example',
         (ARRAY['Alva','Bo','Cornelia','Dennis','Ebba','Folke','Gun','Hampus','Iris','Jamal','Klara','Ludvig','Mira'])[1 + i % 13]
           || ' ' || (ARRAY['Ahlgren','Brandt','Carlén','Dahlin','Edvardsson','Friberg','Grahn','Hedlund','Isaksson','Jakobsson','Kraft'])[1 + (i / 13) % 11],
         'MEMBER', g.ids[1 + (i * 7) % cardinality(g.ids)], $2, now()
  FROM generate_series(0, $1::int - 1) AS i CROSS JOIN generated g`;

// $1 events, the last $2 of them from 89 days back to a year ahead, the rest over the ten years
// before. Weekends move to the Monday; times are Swedish office hours (or evenings), converted to
// UTC by PostgreSQL across summer and winter time; one in 25 is an all-day event.
const GENERATE_EVENTS = `
  WITH generated AS (${GENERATED_AGENCY_IDS('$3')}), codes AS (
    SELECT array_agg(code ORDER BY code) AS all_codes FROM municipalities WHERE region_code = '17'
  ), people AS (
    SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE ${EVENT_USERS_WHERE}
  ), first_contacts AS (
    SELECT DISTINCT ON (agency_id) agency_id, id FROM contacts WHERE email LIKE '%@skala.example' ORDER BY agency_id, id
  ), planned AS (
    SELECT i, (now() AT TIME ZONE 'Europe/Stockholm')::date
             + CASE WHEN i < $1::int - $2::int THEN -3650 + (i::bigint * (3650 - 91) / greatest($1::int - $2::int, 1))::int
                    ELSE -89 + ((i - ($1::int - $2::int))::bigint * 454 / greatest($2::int, 1))::int END AS d
    FROM generate_series(0, $1::int - 1) AS i
  ), dated AS (
    SELECT i, d + CASE extract(isodow FROM d) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS day, i % 25 = 0 AS all_day FROM planned
  ), timed AS (
    SELECT i, day, all_day, g.ids[1 + (i * 13) % cardinality(g.ids)] AS organiser_id,
           CASE WHEN all_day THEN day::timestamp AT TIME ZONE 'Europe/Stockholm'
                ELSE (day + (ARRAY[time '09:00', time '13:00', time '10:00', time '18:00'])[1 + i % 4]) AT TIME ZONE 'Europe/Stockholm' END AS starts_at,
           CASE WHEN all_day THEN (day + 1 + (i % 50 = 0)::int)::timestamp AT TIME ZONE 'Europe/Stockholm'
                ELSE (day + (ARRAY[time '12:00', time '16:00', time '11:30', time '20:00'])[1 + i % 4]) AT TIME ZONE 'Europe/Stockholm' END AS ends_at
    FROM dated CROSS JOIN generated g
  )
  INSERT INTO events (id, title, description, kind, starts_at, ends_at, all_day, place, online_url, organiser_agency_id, contact_id,
                      created_by_id, target_sectors, target_municipality_codes, capacity, registration_deadline, visibility,
                      cancelled_at, version, created_at, updated_at)
  SELECT gen_random_uuid(),
         (ARRAY['Utbildning','Nätverksträff','Konferens','Webbinarium','Studiebesök'])[1 + t.i % 5] || ': ' ||
           (ARRAY['tidiga tecken på radikalisering','avhopparstöd','anhörigstöd','orosanmälan','skolans trygghetsarbete',
                  'lägesbild','lokal handlingsplan','hot mot förtroendevalda'])[1 + t.i % 8] || ', ' || g.city,
         $4 || ', nummer ' || t.i || '. Genomgång av ' ||
           (ARRAY['tidiga tecken på radikalisering','avhopparstöd','anhörigstöd','orosanmälan','skolans trygghetsarbete',
                  'lägesbild','lokal handlingsplan','hot mot förtroendevalda'])[1 + t.i % 8] ||
           ' för yrkesverksamma i ' || g.city || E'.\n\n**Program**\n\n- Inledning och lägesbild\n- Övningar i grupp\n' ||
           E'- Samverkan: vem gör vad?\n- Avslutning och nästa steg',
         (ARRAY['TRAINING','NETWORK_MEETING','CONFERENCE','WEBINAR','OTHER'])[1 + t.i % 5]::"EventKind",
         t.starts_at, t.ends_at, t.all_day,
         CASE WHEN t.i % 5 = 3 THEN NULL ELSE (ARRAY['Stora salen','Sal 2','Konferensrummet','Aulan'])[1 + t.i % 4] || ', ' || g.city END,
         CASE WHEN t.i % 5 = 3 OR t.i % 3 = 0 THEN 'https://mote.skala.example/' || t.i END,
         g.id, f.id, pe.ids[1 + t.i % cardinality(pe.ids)],
         CASE WHEN t.i % 3 = 0 THEN ARRAY[(enum_range(NULL::"Sector"))[1 + t.i % 10]]
              WHEN t.i % 7 = 0 THEN ARRAY[(enum_range(NULL::"Sector"))[1 + t.i % 10], (enum_range(NULL::"Sector"))[1 + (t.i + 3) % 10]]
              ELSE ARRAY[]::"Sector"[] END,
         CASE WHEN t.i % 2 = 0 THEN ARRAY[c.all_codes[1 + t.i % cardinality(c.all_codes)]]
              WHEN t.i % 9 = 0 THEN ARRAY[c.all_codes[1 + t.i % cardinality(c.all_codes)], c.all_codes[1 + (t.i + 5) % cardinality(c.all_codes)]]
              ELSE ARRAY[]::varchar[] END,
         CASE WHEN t.i % 3 = 0 THEN 20 + (t.i % 5) * 10 END,
         CASE WHEN t.i % 4 = 0 THEN t.starts_at - interval '3 days' END,
         (CASE WHEN t.i % 20 = 0 THEN 'INVITED_AGENCIES' ELSE 'NETWORK' END)::"EventVisibility",
         CASE WHEN t.i % 40 = 7 THEN least(now(), t.starts_at - interval '5 days') END,
         1 + (t.i % 4 = 1)::int + (t.i % 40 = 7)::int,
         least(now(), t.starts_at - interval '30 days'),
         now()
  FROM timed t
  JOIN agencies g ON g.id = t.organiser_id
  LEFT JOIN first_contacts f ON f.agency_id = g.id
  CROSS JOIN codes c CROSS JOIN people pe`;

// None, one or two target competences per event.
const GENERATE_EVENT_COMPETENCES = `
  WITH k AS (SELECT array_agg(id ORDER BY sort_order) AS ids, count(*)::int AS size FROM competences)
  INSERT INTO event_competences (event_id, competence_id)
  SELECT DISTINCT e.id, k.ids[1 + (((hashtext(e.id::text) & 2147483647) + j * 4) % k.size)]
  FROM events e, k, generate_series(0, 1) AS j
  WHERE e.description LIKE $1 AND j < (hashtext(e.id::text) & 2147483647) % 3`;

// Three invited agencies for each event of invited agencies only.
const GENERATE_EVENT_INVITED_AGENCIES = `
  WITH generated AS (${GENERATED_AGENCY_IDS('$1')}), invited AS (
    SELECT e.id, row_number() OVER (ORDER BY e.id) AS n FROM events e WHERE e.description LIKE $1 AND e.visibility = 'INVITED_AGENCIES'
  )
  INSERT INTO event_invited_agencies (event_id, agency_id)
  SELECT v.id, g.ids[1 + (v.n * 31 + k * 101) % cardinality(g.ids)] FROM invited v CROSS JOIN generate_series(1, 3) AS k CROSS JOIN generated g`;

// 0–25 registrations per event, spread from the posting to a day before the start (or now);
// beyond the capacity they wait. Events that have begun sent their reminders.
const GENERATE_EVENT_REGISTRATIONS = `
  WITH numbered AS (
    SELECT e.id, e.capacity, e.starts_at, e.created_at, row_number() OVER (ORDER BY e.id) AS n FROM events e WHERE e.description LIKE $1
  ), people AS (
    SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE ${EVENT_USERS_WHERE}
  ), planned AS (
    SELECT v.id, v.starts_at, v.created_at, k, v.n % 26 AS total,
           pe.ids[1 + ((v.n * 37 + k) % cardinality(pe.ids))] AS user_id,
           CASE WHEN v.capacity IS NOT NULL AND k >= v.capacity THEN 'WAITLISTED' ELSE 'REGISTERED' END AS status
    FROM numbered v CROSS JOIN people pe CROSS JOIN generate_series(0, 25) AS k
    WHERE k < v.n % 26
  ), timed AS (
    SELECT p.*, p.created_at + (least(now(), p.starts_at - interval '1 day') - p.created_at) * (p.k + 1) / (p.total + 1) AS queued_at FROM planned p
  )
  INSERT INTO event_registrations (id, event_id, user_id, status, queued_at, confirmed_at, reminded_at)
  SELECT gen_random_uuid(), t.id, t.user_id, t.status::"RegistrationStatus", t.queued_at,
         CASE WHEN t.status = 'REGISTERED' THEN t.queued_at END,
         CASE WHEN t.status = 'REGISTERED' AND t.starts_at <= now() THEN t.starts_at - interval '1 day' END
  FROM timed t`;
