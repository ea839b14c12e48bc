import { describe, expect, it } from 'vitest';
import { canEditAgencyRoster } from './roster-access';

const agency = { id: '6f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10', municipalities: [{ code: '1784' }] };
const elsewhere = { id: '0b5d7a8c-1e2f-4a3b-9c4d-5e6f7a8b9c0d', name: 'Annan' };
const member = { role: 'MEMBER' as const, agency: elsewhere, isAgencyEditor: false, coordinatorScope: null };

describe('canEditAgencyRoster', () => {
  it("lets the agency's own editors in, but not its other members or other agencies' editors", () => {
    expect(canEditAgencyRoster({ ...member, agency: { id: agency.id, name: 'Här' }, isAgencyEditor: true }, agency)).toBe(true);
    expect(canEditAgencyRoster({ ...member, agency: { id: agency.id, name: 'Här' } }, agency)).toBe(false);
    expect(canEditAgencyRoster({ ...member, isAgencyEditor: true }, agency)).toBe(false);
  });

  it('lets coordinators in only where their scope meets the agency, and administrators everywhere', () => {
    const coordinator = { ...member, role: 'COORDINATOR' as const };
    expect(canEditAgencyRoster({ ...coordinator, coordinatorScope: { wholeRegion: false, municipalityCodes: ['1784'] } }, agency)).toBe(true);
    expect(canEditAgencyRoster({ ...coordinator, coordinatorScope: { wholeRegion: false, municipalityCodes: ['1715'] } }, agency)).toBe(false);
    expect(canEditAgencyRoster({ ...coordinator, coordinatorScope: { wholeRegion: true, municipalityCodes: [] } }, agency)).toBe(true);
    expect(canEditAgencyRoster({ ...member, role: 'ADMIN' }, agency)).toBe(true);
    expect(canEditAgencyRoster(null, agency)).toBe(false);
  });
});
