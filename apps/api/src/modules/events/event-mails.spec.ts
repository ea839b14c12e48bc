import { eventMails } from './event-mails';

const before = {
  startsAt: new Date('2026-12-03T08:00:00Z'),
  endsAt: new Date('2026-12-03T11:00:00Z'),
  allDay: false,
  place: 'Stadshuset, Karlstad',
  onlineUrl: null,
};
const link = 'https://samverkan.example/events/1';
const registered = { name: 'Anna Berg', email: 'anna@test.example', status: 'REGISTERED' as const };
const waiting = { name: 'Olle Ek', email: 'olle@test.example', status: 'WAITLISTED' as const };

describe('eventMails.changed', () => {
  it('gives the new time beside the old, in Swedish time, and keeps the place as it is', () => {
    const after = { ...before, startsAt: new Date('2026-12-10T09:00:00Z'), endsAt: new Date('2026-12-10T12:00:00Z') };
    const mail = eventMails.changed(registered, { title: 'Tidiga tecken', before, after, link });
    expect(mail.to).toBe('anna@test.example');
    expect(mail.subject).toBe('Ändrad tid: Tidiga tecken');
    expect(mail.text).toContain('som du är anmäld till');
    expect(mail.text).toContain('Ny tid: torsdag 10 december 2026 kl. 10.00–13.00\n  (tidigare: torsdag 3 december 2026 kl. 09.00–12.00)');
    expect(mail.text).toContain('Plats: Stadshuset, Karlstad');
    expect(mail.text).not.toContain('Länk till mötet');
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('(English:');
  });

  it('names a new place and a new meeting link, and the waitlist for those waiting', () => {
    const after = { ...before, place: null, onlineUrl: 'https://meet.example/abc' };
    const mail = eventMails.changed(waiting, { title: 'Tidiga tecken', before, after, link });
    expect(mail.subject).toBe('Ändrad plats: Tidiga tecken');
    expect(mail.text).toContain('där du står på väntelistan');
    expect(mail.text).toContain('Tid: torsdag 3 december 2026 kl. 09.00–12.00');
    expect(mail.text).toContain('Ny plats: ingen\n  (tidigare: Stadshuset, Karlstad)');
    expect(mail.text).toContain('Ny länk till mötet: https://meet.example/abc\n  (tidigare: ingen)');
  });

  it('says both when both changed', () => {
    const after = { ...before, allDay: true, startsAt: new Date('2026-12-02T23:00:00Z'), endsAt: new Date('2026-12-03T23:00:00Z'), place: 'Bibliotekets hörsal' };
    const mail = eventMails.changed(registered, { title: 'Tidiga tecken', before, after, link });
    expect(mail.subject).toBe('Ändrad tid och plats: Tidiga tecken');
    expect(mail.text).toContain('Ny tid: torsdag 3 december 2026 (heldag)');
  });
});

describe('eventMails.cancelled', () => {
  it('says it is cancelled, when and where it would have been, and passes on the reason', () => {
    const mail = eventMails.cancelled(registered, { title: 'Tidiga tecken', event: before, reason: 'Föreläsaren är sjuk.', link });
    expect(mail.subject).toBe('Inställt: Tidiga tecken');
    expect(mail.text).toContain('”Tidiga tecken”, som du är anmäld till, är inställt.');
    expect(mail.text).toContain('Tid: torsdag 3 december 2026 kl. 09.00–12.00');
    expect(mail.text).toContain('Arrangörens meddelande:\nFöreläsaren är sjuk.');
    expect(mail.text).toContain(link);
  });

  it('leaves the message out when there is no reason', () => {
    const mail = eventMails.cancelled(waiting, { title: 'Tidiga tecken', event: before, reason: null, link });
    expect(mail.text).not.toContain('Arrangörens meddelande');
    expect(mail.text).toContain('där du står på väntelistan');
  });
});
