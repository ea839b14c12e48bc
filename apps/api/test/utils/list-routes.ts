import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '../../src/common/access/public.decorator';

export interface RouteInfo {
  /** e.g. "GET /api/agencies/:id" */
  key: string;
  isPublic: boolean;
}

const join = (...parts: string[]) =>
  `/${parts.flatMap((part) => part.split('/')).filter(Boolean).join('/')}`;

/** Every controller route of the app, as "METHOD /path", with its access decision. */
export function listRoutes(app: INestApplication, prefix = 'api'): RouteInfo[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype;
    if (!controller) continue;
    const base: string = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = controller.prototype[name];
      const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const isPublic = reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, controller]) ?? false;
      routes.push({ key: `${method} ${join(prefix, base, path)}`, isPublic });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}
