import { loggedPath } from './logging.module';

describe('loggedPath', () => {
  it('logs the path without its query and without a calendar feed’s secret', () => {
    expect(loggedPath('/api/contacts?q=Anna+Svensson')).toBe('/api/contacts');
    expect(loggedPath('/api/calendar/feeds/abc_DEF-123/personal.ics')).toBe('/api/calendar/feeds/[redacted]/personal.ics');
    expect(loggedPath('/api/calendar/feeds/abc_DEF-123/network.ics?municipality=1784')).toBe('/api/calendar/feeds/[redacted]/network.ics');
    expect(loggedPath('/api/calendar/feeds')).toBe('/api/calendar/feeds');
    expect(loggedPath(undefined)).toBeUndefined();
  });
});
