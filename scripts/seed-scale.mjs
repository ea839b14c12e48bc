// `npm run seed:scale`: adds the benchmark data set (5,000 agencies, 100,000 contacts and their
// seats, all generated and fictional) to the database `npm start` uses. Once per database.
import { ensureInstalled } from './lib/ensure-install.mjs';
import { step } from './lib/process.mjs';

ensureInstalled();
if (process.env.NODE_ENV === 'production') {
  console.error('seed:scale fills the database with generated people; it refuses to run in production.');
  process.exit(1);
}
const { openDatabase, prepareDatabase, shouldSeedDemoData } = await import('./lib/database.mjs');
const { seedScaleData } = await import('./lib/scale-data.mjs');

step(process.env.DATABASE_URL ? 'Using the PostgreSQL server in DATABASE_URL' : 'Starting the embedded PostgreSQL (data in .data/postgres)');
const database = await openDatabase();
try {
  await prepareDatabase(database.url, { seedDemoData: shouldSeedDemoData(database) });
  step('Adding the scale data set');
  await seedScaleData(database.url);
} finally {
  await database.stop();
}
