import { registrationMails } from './event-registration-mails';

const event = {
  title: 'Tidiga tecken på radikalisering',
  startsAt: new Date('2026-12-03T08:00:00Z'),
  endsAt: new Date('2026-12-03T11:00:00Z'),
  allDay: false,
  place: 'Stadshuset, Arvika',
  onlineUrl: 'https://meet.example/abc',
};
const link = 'https://samverkan.example.se/events/3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';

describe('registrationMails', () => {
  it('tells the promoted when and where, in Swedish time, with the link and an English line', () => {
    const mail = registrationMails.promoted('anna@arvika.example', { name: 'Anna Berg', event, link });
    expect(mail).toEqual({ to: 'anna@arvika.example', subject: 'Du har fått en plats: Tidiga tecken på radikalisering', text: expect.any(String) });
    expect(mail.text).toContain('Hej Anna Berg!');
    expect(mail.text).toContain('Tid: torsdag 3 december 2026 kl. 09.00–12.00');
    expect(mail.text).toContain('Plats: Stadshuset, Arvika');
    expect(mail.text).toContain('Länk till mötet: https://meet.example/abc');
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('(English: a seat became free');
    expect(mail.text).toMatch(/— Samverkan Värmland\nRegionalt nätverk mot våldsbejakande extremism$/);
  });

  it('tells the removed what was removed, a seat or a waitlist place', () => {
    const seat = registrationMails.removedByOrganiser('bo@kil.example', { name: 'Bo Ek', event: { ...event, onlineUrl: null }, link, wasWaitlisted: false });
    expect(seat.subject).toBe('Din anmälan har tagits bort: Tidiga tecken på radikalisering');
    expect(seat.text).toContain('Arrangören har tagit bort din anmälan till ”Tidiga tecken på radikalisering”.');
    expect(seat.text).not.toContain('Länk till mötet');
    expect(seat.text).toContain('(English: the organiser has removed your registration');
    const place = registrationMails.removedByOrganiser('bo@kil.example', { name: 'Bo Ek', event, link, wasWaitlisted: true });
    expect(place.text).toContain('Arrangören har tagit bort din plats på väntelistan till');
    expect(place.text).toContain('removed your place on the waitlist');
  });
});
