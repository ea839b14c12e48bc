import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ConfigSchema, parseConfig } from './config.schema';

const composeFile = path.resolve(__dirname, '../../../../docker-compose.yml');

interface ComposeFile {
  services: Record<string, { environment?: Record<string, unknown>; image?: string; build?: unknown; volumes?: string[] }>;
  volumes?: Record<string, unknown>;
}

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(composeFile, 'utf8')) as ComposeFile;
  const appEnvironment = compose.services.app?.environment ?? {};

  it('sets every configuration variable the app requires', () => {
    const required = Object.entries(ConfigSchema.shape)
      .filter(([, schema]) => !schema.safeParse(undefined).success)
      .map(([name]) => name);
    expect(required).toContain('DATABASE_URL');
    for (const name of required) {
      expect(appEnvironment).toHaveProperty(name);
    }
  });

  it('sets only variables the app knows, each to a value the config schema accepts', () => {
    const env = Object.fromEntries(
      // ${NAME:-default} becomes its default, ${NAME} a stand-in secret.
      Object.entries(appEnvironment).map(([name, value]) => [
        name,
        String(value).replace(/\$\{[^}:]+(?::-([^}]*))?\}/g, (_match, fallback?: string) => fallback ?? 'secret'),
      ]),
    );
    expect(Object.keys(env).filter((name) => !(name in ConfigSchema.shape))).toEqual([]);
    expect(() => parseConfig(env)).not.toThrow();
  });

  it('listens on all interfaces inside the container and keeps PostgreSQL data in a named volume', () => {
    expect(appEnvironment).toMatchObject({ HOST: '0.0.0.0', NODE_ENV: 'production' });
    expect(compose.services.db?.image).toMatch(/^postgres:/);
    expect(Object.keys(compose.volumes ?? {})).toContain('pgdata');
    expect(compose.services.mail).toBeDefined();
  });

  it('keeps uploaded files on local disk in a named volume, mounted where the app writes them', () => {
    expect(appEnvironment).toMatchObject({ FILE_STORAGE: '${FILE_STORAGE:-local}' });
    const filesDir = String(appEnvironment.FILE_STORAGE_DIR);
    expect(path.isAbsolute(filesDir)).toBe(true);
    const mounts = (compose.services.app?.volumes ?? []).map((volume) => volume.split(':'));
    const mount = mounts.find(([, target]) => target === filesDir);
    expect(mount?.[0]).toMatch(/^[a-z][a-z0-9_-]*$/);
    expect(Object.keys(compose.volumes ?? {})).toContain(mount?.[0]);
  });
});
