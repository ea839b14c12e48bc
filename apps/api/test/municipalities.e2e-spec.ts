import { MunicipalityListSchema } from '@repo/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { createPrincipal, createWorld } from './utils/principals';

describe('GET /api/municipalities', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await createPrincipal(t, await createWorld(t), 'member')).cookie;
  });
  afterAll(() => t.close());

  it("lists Värmland's 16 municipalities with SCB codes, in Swedish alphabetical order", async () => {
    const response = await request(t.http).get('/api/municipalities').set('Cookie', cookie).expect(200);
    const { items } = MunicipalityListSchema.parse(response.body);
    const varmland = items.filter((m) => m.regionCode === '17');
    expect(varmland.map((m) => m.name)).toEqual([
      'Arvika', 'Eda', 'Filipstad', 'Forshaga', 'Grums', 'Hagfors', 'Hammarö', 'Karlstad',
      'Kil', 'Kristinehamn', 'Munkfors', 'Storfors', 'Sunne', 'Säffle', 'Torsby', 'Årjäng',
    ]);
    expect(varmland.find((m) => m.name === 'Karlstad')).toEqual({
      code: '1780',
      name: 'Karlstad',
      regionCode: '17',
      regionName: 'Värmlands län',
    });
  });
});
