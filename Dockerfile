# syntax=docker/dockerfile:1
# Production image: the API serving the built single-page app, as a non-root user.
# Migrations are applied at start (prisma migrate deploy), then the app starts.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/db/package.json packages/db/
COPY packages/file-storage/package.json packages/file-storage/
COPY packages/test-factories/package.json packages/test-factories/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx turbo run build --filter=@repo/api --filter=@repo/web \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/prisma.config.ts ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/packages ./packages
COPY --from=build /app/apps/api/package.json ./apps/api/
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
# Uploaded files (FILE_STORAGE=local); a new named volume takes this folder's owner, so the app can write.
RUN mkdir -p /app/.data/files && chown node:node /app/.data/files
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["sh", "-c", "node scripts/prisma.mjs migrate deploy && exec node apps/api/dist/main.js"]
