# syntax=docker/dockerfile:1
#
# One image for every part of the dossier; its command picks the part:
#   docker run IMAGE gateway
#   docker run IMAGE subgraph vehicles        (any folder of subgraphs/ but kit and mocks)
#
# The TypeScript is compiled in the build stage (tsc, tsconfig.build.json: the gateway's and the
# subgraphs' entry points and what they import; no tests, scripts or mock state systems). The
# final stage runs that JavaScript on plain Node with production dependencies only: no tsx or
# esbuild in the image, no transform at every start, and nothing written to disk, so the root
# filesystem can be read-only. Node 20 cannot run TypeScript itself (type stripping is Node 22+).

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY schema schema
COPY runtime runtime
COPY gateway gateway
COPY subgraphs subgraphs
# the clients' trusted documents: in production the gateway executes only these (gateway/trusted-documents.ts)
COPY test/operations/__generated__/client/persisted-documents.json test/operations/__generated__/client/
COPY bot/operations/__generated__/client/persisted-documents.json bot/operations/__generated__/client/
COPY web/operations/__generated__/client/persisted-documents.json web/operations/__generated__/client/
# the SDL, the supergraph, the migrations and the manifests are read at run time, beside the compiled modules
RUN npx tsc -p tsconfig.build.json \
 && find schema gateway subgraphs \( -name '*.graphql' -o -name '*.sql' \) -not -path 'subgraphs/mocks/*' -exec cp --parents {} dist/ \; \
 && cp --parents test/operations/__generated__/client/persisted-documents.json bot/operations/__generated__/client/persisted-documents.json web/operations/__generated__/client/persisted-documents.json dist/

FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=dependencies /app/node_modules node_modules
COPY --from=build /app/dist ./
# package.json says "type": "module": the compiled files are ES modules
COPY package.json ./
COPY --chmod=0555 deploy/entrypoint.sh /usr/local/bin/dossier
# the node image's unprivileged user, by number so that Kubernetes' runAsNonRoot can check it
USER 1000:1000
EXPOSE 4000 4001 4002 4003 4004 4005 4006 4007
ENTRYPOINT ["/usr/local/bin/dossier"]
CMD ["gateway"]
