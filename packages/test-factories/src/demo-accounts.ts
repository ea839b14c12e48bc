/**
 * The demo logins, seeded in development only (never in production). Fictional people; the
 * TOTP secrets are fixed and public so a person or a script can complete the MFA step.
 */
export const DEMO_PASSWORD = 'Demo-Samverkan-2026';

export const DEMO_ACCOUNTS = {
  admin: {
    email: 'admin@demo.example',
    password: DEMO_PASSWORD,
    name: 'Alva Administratör (demo)',
    role: 'ADMIN',
    totpSecret: 'KNQW25TFOJVWC3RAIFSG22LOEIYDEMRW',
  },
  coordinator: {
    email: 'coordinator@demo.example',
    password: DEMO_PASSWORD,
    name: 'Cecilia Samordnare (demo)',
    role: 'COORDINATOR',
    totpSecret: 'INXW64TENFXGC5DPOIQEIZLNN4QDEMBS',
  },
  member: {
    email: 'member@demo.example',
    password: DEMO_PASSWORD,
    name: 'Max Medlem (demo)',
    role: 'MEMBER',
    totpSecret: null,
  },
} as const;
