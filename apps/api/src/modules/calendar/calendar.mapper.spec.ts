import { attachmentDisposition, icsFileNames, toCalendarFeeds } from './calendar.mapper';

describe('toCalendarFeeds', () => {
  it('gives absolute addresses under the public URL, or nulls without an address', () => {
    const createdAt = new Date('2026-11-27T10:00:00Z');
    expect(toCalendarFeeds('https://samverkan.example.se', { id: 'x', token: 'abc_DEF-123', createdAt })).toEqual({
      createdAt: '2026-11-27T10:00:00.000Z',
      personalUrl: 'https://samverkan.example.se/api/calendar/feeds/abc_DEF-123/personal.ics',
      networkUrl: 'https://samverkan.example.se/api/calendar/feeds/abc_DEF-123/network.ics',
    });
    expect(toCalendarFeeds('https://samverkan.example.se', null)).toEqual({ createdAt: null, personalUrl: null, networkUrl: null });
  });
});

describe('.ics file names', () => {
  it('turns the title into plain ASCII, and keeps it readable for filename*', () => {
    expect(icsFileNames('Nätverksträff: SSPF i Kil / Årjäng')).toEqual({ ascii: 'natverkstraff-sspf-i-kil-arjang.ics', utf8: 'Nätverksträff SSPF i Kil Årjäng.ics' });
    expect(icsFileNames('???')).toEqual({ ascii: 'evenemang.ics', utf8: 'evenemang.ics' });
    expect(icsFileNames('a'.repeat(300)).ascii).toBe(`${'a'.repeat(80)}.ics`);
  });

  it('writes a Content-Disposition with both names, with nothing that breaks the header', () => {
    expect(attachmentDisposition('Öppet möte (del 1)')).toBe(
      `attachment; filename="oppet-mote-del-1.ics"; filename*=UTF-8''%C3%96ppet%20m%C3%B6te%20%28del%201%29.ics`,
    );
    expect(attachmentDisposition('Rad "ett"\r\nRad två')).toBe(`attachment; filename="rad-ett-rad-tva.ics"; filename*=UTF-8''Rad%20ett%20Rad%20tv%C3%A5.ics`);
  });
});
