import { z } from 'zod';

// zod would otherwise probe for eval() (to compile faster parsers), which the Content-Security-
// Policy forbids. Imported first in main.tsx, before any schema is built.
z.config({ jitless: true });
