/**
 * The deployment, checked without a cluster: `kubectl kustomize` builds the production overlay
 * offline, every object is validated against the Kubernetes API schemas (kubernetes-models), and
 * what the code and the manifests must agree on is checked against the code itself: probe paths
 * answered by the real servers, ports, every variable the code refuses to start without in
 * production, non-root containers, a Service and a PodDisruptionBudget per Deployment, who may
 * reach whom. The Dockerfile and its entrypoint too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { productionRequirements as configuredRequirements } from '../runtime/config.js';
import { DEFAULT_GATEWAY_PORT, defaultSubgraphPort, SECTIONS, type SubgraphName } from '../schema/sections.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const hasKubectl = spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;
if (!hasKubectl) console.warn('deploy/deploy.test.ts: kubectl is not installed, so the manifests are not built nor checked (apt-get install kubectl)');

// --- the built manifests --------------------------------------------------------------------

type K8s = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> }; spec?: any; data?: any; stringData?: any };
const MODELS: Record<string, { new (data: any): { validate(): void } }> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
};

const build = (dir: string): K8s[] =>
  parseAllDocuments(execFileSync('kubectl', ['kustomize', dir], { cwd: root, encoding: 'utf8' })).map((d) => d.toJS() as K8s);

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string> = {}) =>
  Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);

// --- what the code says --------------------------------------------------------------------

/** The source files a production entry point loads: its relative imports, followed. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)\.js'/g)) visit(relative(root, join(root, dirname(file), `${spec}.ts`)));
  };
  visit(entry);
  return [...seen];
}

/**
 * What the code refuses to start without in production: every secret it reads (`secretFrom`), and
 * the variables named by an error it throws about production (alternatives when one names two).
 */
function productionRequirements(files: string[]): string[][] {
  const groups: string[][] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, name] of text.matchAll(/secretFrom\('([A-Z0-9_]+)'/g)) groups.push([name!]);
    for (const [, message] of text.matchAll(/throw new Error\(\s*[`'"]([^`'"]*production[^`'"]*)[`'"]/g)) {
      const names = message!.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g);
      if (names) groups.push(names);
    }
  }
  return groups;
}

/** The packages the production code imports (not `import type`), by name. */
function packagesImported(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const specs = [
      ...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^'.][^']*)'/gm),
      ...text.matchAll(/^\s*import\s+'([^'.][^']*)'/gm),
      ...text.matchAll(/import\(\s*'([^'.][^']*)'\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of specs)
      if (!spec.startsWith('node:'))
        names.add(
          spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/'),
        );
  }
  return names;
}

const SUBGRAPHS = SECTIONS.map((s) => s.subgraph);
const entryOf = (part: string) => (part === 'gateway' ? 'gateway/index.ts' : `subgraphs/${part}/index.ts`);

// --- the Dockerfile -------------------------------------------------------------------------

const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
const stages = dockerfile
  .split(/^FROM\s+/m)
  .slice(1)
  .map((s) => ({ name: /\bAS\s+(\S+)/i.exec(s.split('\n')[0]!)?.[1], text: s }));
const finalStage = stages.at(-1)!.text;
const imageUser = /^USER\s+(\d+)(?::(\d+))?\s*$/m.exec(finalStage);

describe('Dockerfile', () => {
  it('builds in stages and runs the compiled code on production dependencies only', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    // the final stage takes node_modules from a stage that installed without the dev dependencies
    const from = /^COPY\s+--from=(\S+)\s+\S*node_modules/m.exec(finalStage)?.[1];
    const deps = stages.find((s) => s.name === from);
    expect(deps?.text, 'node_modules of the final stage').toMatch(/npm ci[^\n]*--omit=dev/);
    expect(finalStage).not.toMatch(/npm (ci|install)(?![^\n]*--omit=dev)/);
    expect(finalStage).not.toMatch(/\btsx\b/);
    expect(finalStage).toMatch(/^ENV\s+NODE_ENV=production/m);
  });

  it('runs as a non-root user, by number (so that runAsNonRoot can check it)', () => {
    expect(imageUser, 'USER <uid>:<gid> in the final stage').not.toBeNull();
    expect(Number(imageUser![1])).toBeGreaterThan(0);
  });

  it('the code it ships imports only production dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const files = ['gateway', ...SUBGRAPHS].flatMap((part) => reachable(entryOf(part)));
    expect(
      files.some((f) => f.startsWith('subgraphs/mocks/')),
      'no mock state system in production code',
    ).toBe(false);
    const imported = [...packagesImported(files)];
    expect(imported).toContain('@apollo/gateway');
    expect(imported.filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });

  it('is built from a context of the sources only: no development secrets, no node_modules, no git', () => {
    const patterns = readFileSync(join(root, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(patterns[0], 'everything is left out first').toMatch(/^\*{1,2}$/);
    const included = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    expect(included.filter((p) => /^(\.local|\.git|node_modules|\.env)/.test(p))).toEqual([]);
    expect(patterns).toContain('**/node_modules');
  });

  it('its command picks the part, and refuses anything else', () => {
    const run = (...args: string[]) => spawnSync('sh', ['deploy/entrypoint.sh', ...args], { cwd: root, encoding: 'utf8' });
    for (const args of [[], ['nonsense'], ['subgraph'], ['subgraph', 'kit'], ['subgraph', 'mocks'], ['subgraph', '../gateway'], ['subgraph', 'no-such']]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(64);
      expect(result.stderr).toMatch(/usage/);
    }
  });
});

// --- the manifests --------------------------------------------------------------------------

describe.skipIf(!hasKubectl)('Kubernetes manifests (kubectl kustomize deploy/overlays/production)', () => {
  let objects: K8s[];
  let system: RunningSystem;
  const of = (kind: string) => objects.filter((o) => o.kind === kind);
  const deployments = () => of('Deployment');
  const partOf = (d: K8s): string =>
    d.spec.template.metadata.labels['app.kubernetes.io/component'] === 'gateway' ? 'gateway' : d.spec.template.metadata.labels['app.kubernetes.io/name'];

  /** A container's environment as Kubernetes would give it: values, and secrets by reference (checked to exist). */
  function environment(d: K8s): Map<string, string> {
    const container = d.spec.template.spec.containers[0];
    const env = new Map<string, string>();
    const source = (kind: string, name: string) => {
      const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
      expect(found, `${kind} ${name} used by ${d.metadata.name}`).toBeDefined();
      return { ...found!.data, ...found!.stringData } as Record<string, string>;
    };
    for (const from of container.envFrom ?? []) {
      const values = from.configMapRef ? source('ConfigMap', from.configMapRef.name) : source('Secret', from.secretRef.name);
      for (const [k, v] of Object.entries(values)) env.set(k, v);
    }
    for (const e of container.env ?? []) {
      const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
      if (ref) {
        const values = source(e.valueFrom.secretKeyRef ? 'Secret' : 'ConfigMap', ref.name);
        expect(values, `${ref.name} has ${ref.key} (${d.metadata.name})`).toHaveProperty(ref.key);
        env.set(e.name, values[ref.key]!);
      } else env.set(e.name, e.value);
    }
    return env;
  }

  beforeAll(async () => {
    objects = build('deploy/overlays/production');
    system = await startSystem({ population: generatePopulation({ size: 1000 }) });
  }, 180_000);
  afterAll(async () => {
    await system?.close();
  });

  it('builds the base and the production overlay, and every object is valid against the Kubernetes API schemas', () => {
    expect(build('deploy/base').length).toBeGreaterThan(0);
    for (const o of objects) {
      const Model = MODELS[`${o.apiVersion}/${o.kind}`];
      expect(Model, `a schema for ${o.apiVersion} ${o.kind}`).toBeDefined();
      expect(() => new Model!(o).validate(), `${o.kind} ${o.metadata.name}`).not.toThrow();
    }
  });

  it('has a Deployment for the gateway and for every subgraph, each running its part of the one image', () => {
    expect(deployments().map(partOf).sort()).toEqual(['gateway', ...SUBGRAPHS].sort());
    const images = new Set(deployments().map((d) => d.spec.template.spec.containers[0].image));
    expect(images.size).toBe(1);
    for (const d of deployments()) {
      const part = partOf(d);
      expect(d.spec.template.spec.containers[0].args).toEqual(part === 'gateway' ? ['gateway'] : ['subgraph', part]);
      expect(existsSync(join(root, entryOf(part)))).toBe(true);
    }
  });

  it('every Deployment has a Service and a PodDisruptionBudget that select its pods, and the gateway an autoscaler', () => {
    for (const d of deployments()) {
      const labels = d.spec.template.metadata.labels;
      expect(matches(d.spec.selector.matchLabels, labels)).toBe(true);
      expect(
        of('Service').filter((s) => Object.keys(s.spec.selector ?? {}).length > 0 && matches(s.spec.selector, labels)),
        `Service of ${d.metadata.name}`,
      ).toHaveLength(1);
      expect(
        of('PodDisruptionBudget').filter((p) => matches(p.spec.selector.matchLabels, labels)),
        `PDB of ${d.metadata.name}`,
      ).toHaveLength(1);
    }
    const [hpa] = of('HorizontalPodAutoscaler');
    expect(hpa!.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployments().find((d) => partOf(d) === 'gateway')!.metadata.name });
    expect(hpa!.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('listens on the default ports of schema/sections.ts, and the gateway finds every subgraph at its Service', () => {
    const gateway = deployments().find((d) => partOf(d) === 'gateway')!;
    const gatewayEnv = environment(gateway);
    for (const d of deployments()) {
      const part = partOf(d);
      const port = part === 'gateway' ? DEFAULT_GATEWAY_PORT : defaultSubgraphPort(part as SubgraphName);
      const container = d.spec.template.spec.containers[0];
      expect(container.ports).toEqual([{ name: 'http', containerPort: port, protocol: 'TCP' }]);
      expect(environment(d).get('PORT')).toBe(String(port));
      expect(environment(d).get('HOST'), 'listens beyond loopback').toBe('0.0.0.0');
      const service = of('Service').find((s) => matches(s.spec.selector, d.spec.template.metadata.labels))!;
      expect(service.spec.ports).toEqual([{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }]);
      if (part !== 'gateway') {
        expect(gatewayEnv.get(`SUBGRAPH_URL_${part.toUpperCase().replace(/-/g, '_')}`)).toBe(`http://${service.metadata.name}:${port}/graphql`);
      }
    }
  });

  it('probes only paths the real servers answer, on the container port', async () => {
    const originOf = (part: string) => new URL(part === 'gateway' ? system.gatewayUrl : system.subgraphs.find((s) => s.name === part)!.url).origin;
    for (const d of deployments()) {
      const container = d.spec.template.spec.containers[0];
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        const get = container[probe]?.httpGet;
        expect(get, `${d.metadata.name} ${probe}`).toBeDefined();
        expect(get.port).toBe('http');
        const response = await fetch(`${originOf(partOf(d))}${get.path}`);
        expect(response.status, `${partOf(d)} GET ${get.path}`).toBe(200);
      }
    }
  });

  it('sets every variable the code refuses to start without in production', () => {
    const [gatewayNeeds, subgraphNeeds] = [productionRequirements(reachable(entryOf('gateway'))), productionRequirements(reachable(entryOf('civil-registry')))];
    // the scan finds what we know is there (else it would pass on nothing)
    expect(gatewayNeeds.flat()).toEqual(expect.arrayContaining(['INTERNAL_SECRET', 'HASH_KEY', 'JWT_JWKS_URL', 'DATABASE_URL']));
    expect(subgraphNeeds.flat()).toEqual(expect.arrayContaining(['INTERNAL_SECRET', 'HASH_KEY', 'CACHE_KEY']));
    for (const d of deployments()) {
      const part = partOf(d);
      const env = environment(d);
      expect(env.get('NODE_ENV'), d.metadata.name).toBe('production');
      // what runtime/config.ts requires in production, and what the code's own refusals name
      for (const group of [...configuredRequirements(part === 'gateway' ? 'gateway' : 'subgraph'), ...productionRequirements(reachable(entryOf(part)))]) {
        expect(
          group.some((name) => env.get(name)),
          `${d.metadata.name} sets ${group.join(' or ')}`,
        ).toBe(true);
      }
      // what replicas share must be shared: a cache in Redis (Cluster), never one per process
      expect(env.get('REDIS_URL'), `${d.metadata.name} REDIS_URL`).toMatch(/^rediss?:\/\//);
    }
    expect(environment(deployments().find((d) => partOf(d) === 'gateway')!).get('DATABASE_URL')).toMatch(/^postgres(ql)?:\/\//);
  });

  it("no container runs as root, writes its root filesystem or keeps a capability; the image user is the pods'", () => {
    for (const d of deployments()) {
      const pod = d.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot, d.metadata.name).toBe(true);
      expect(pod.securityContext.runAsUser).toBe(Number(imageUser![1]));
      expect(pod.securityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const c of pod.containers) {
        expect(c.securityContext).toMatchObject({
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(c.securityContext.runAsUser ?? pod.securityContext.runAsUser).toBeGreaterThan(0);
        expect(c.resources.requests).toMatchObject({ cpu: expect.anything(), memory: expect.anything() });
        expect(c.resources.limits).toMatchObject({ cpu: expect.anything(), memory: expect.anything() });
      }
    }
  });

  it('gives every pod time to drain: grace period > preStop pause + SHUTDOWN_DRAIN_MS + time to close', () => {
    for (const d of deployments()) {
      const drainMs = Number(environment(d).get('SHUTDOWN_DRAIN_MS'));
      expect(drainMs, d.metadata.name).toBeGreaterThan(0);
      const pause = d.spec.template.spec.containers[0].lifecycle?.preStop?.sleep?.seconds ?? 0;
      expect(d.spec.template.spec.terminationGracePeriodSeconds, d.metadata.name).toBeGreaterThanOrEqual(pause + drainMs / 1000 + 5);
    }
  });

  it('lets only the gateway reach the subgraphs, only the subgraphs the state systems, and the gateway and the subgraphs PostgreSQL', () => {
    const policies = of('NetworkPolicy');
    const gatewayPod = deployments().find((d) => partOf(d) === 'gateway')!.spec.template.metadata.labels;
    const subgraphPods = deployments()
      .filter((d) => partOf(d) !== 'gateway')
      .map((d) => d.spec.template.metadata.labels);
    const selecting = (labels: Record<string, string>) => policies.filter((p) => matches(p.spec.podSelector.matchLabels, labels));
    const toNamespace = (p: K8s, ns: string) =>
      (p.spec.egress ?? []).some((rule: any) =>
        (rule.to ?? []).some((peer: any) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === ns),
      );

    // everything denied unless allowed
    expect(
      policies.some(
        (p) =>
          Object.keys(p.spec.podSelector).length === 0 &&
          p.spec.policyTypes.includes('Ingress') &&
          p.spec.policyTypes.includes('Egress') &&
          !p.spec.ingress &&
          !p.spec.egress,
      ),
    ).toBe(true);
    for (const labels of subgraphPods) {
      const rules = selecting(labels).flatMap((p) => p.spec.ingress ?? []);
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(rule.from.length).toBeGreaterThan(0);
        for (const peer of rule.from)
          expect(peer, 'a subgraph is reached from gateway pods only').toEqual({ podSelector: { matchLabels: expect.any(Object) } });
        for (const peer of rule.from)
          expect(matches(peer.podSelector.matchLabels, gatewayPod) && !subgraphPods.some((s) => matches(peer.podSelector.matchLabels, s))).toBe(true);
      }
      expect(
        selecting(labels).some((p) => toNamespace(p, 'state-systems')),
        'subgraphs reach the state systems',
      ).toBe(true);
      expect(
        selecting(labels).some((p) => toNamespace(p, 'redis')),
        'subgraphs reach Redis',
      ).toBe(true);
    }
    expect(
      selecting(gatewayPod).some((p) => toNamespace(p, 'state-systems')),
      'the gateway never reaches a state system',
    ).toBe(false);
    expect(
      selecting(gatewayPod).some((p) => toNamespace(p, 'postgres')),
      'the gateway reaches PostgreSQL',
    ).toBe(true);
    // the subgraphs record what changed since the last view there
    for (const labels of subgraphPods) expect(selecting(labels).some((p) => toNamespace(p, 'postgres'))).toBe(true);
  });
});
