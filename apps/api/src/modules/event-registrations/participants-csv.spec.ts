import type { Participant } from '@repo/contracts';
import { participantsCsv, swedishDateTime } from './participants-csv';

function participant(overrides: Partial<Participant>): Participant {
  return {
    userId: '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10',
    name: 'Anna Berg',
    email: 'anna.berg@arvika.example',
    agency: { id: '9a1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10', name: 'Socialtjänsten, Arvika kommun' },
    queuedAt: '2026-11-20T08:00:00.000Z',
    confirmedAt: '2026-11-20T08:00:00.000Z',
    ...overrides,
  };
}

describe('swedishDateTime', () => {
  it('writes Swedish winter and summer time with the 24-hour clock', () => {
    expect(swedishDateTime(new Date('2026-12-03T08:00:00Z'))).toBe('2026-12-03 09:00');
    expect(swedishDateTime(new Date('2026-06-10T22:30:00Z'))).toBe('2026-06-11 00:30');
    expect(swedishDateTime(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29 03:00');
  });
});

describe('participantsCsv', () => {
  it('lists the registered, then the waitlist with places, as Excel in Sweden reads it', () => {
    const csv = participantsCsv({
      registered: [participant({})],
      waitlist: [
        participant({ name: 'Bo Ek', email: 'bo@kil.example', queuedAt: '2026-11-21T12:15:00.000Z', confirmedAt: null }),
        participant({ name: '=HYPERLINK("https://evil.example";"klicka")', email: 'x@kil.example', queuedAt: '2026-11-22T12:15:00.000Z', confirmedAt: null }),
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Status;Plats i kön;Namn;E-post;Organisation;Anmäld;Bekräftad',
      'Anmäld;;Anna Berg;anna.berg@arvika.example;Socialtjänsten, Arvika kommun;2026-11-20 09:00;2026-11-20 09:00',
      'Väntelista;1;Bo Ek;bo@kil.example;Socialtjänsten, Arvika kommun;2026-11-21 13:15;',
      `Väntelista;2;"'=HYPERLINK(""https://evil.example"";""klicka"")";x@kil.example;Socialtjänsten, Arvika kommun;2026-11-22 13:15;`,
      '',
    ]);
  });
});
