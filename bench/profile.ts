/**
 * Reads a V8 `.cpuprofile` (node --cpu-prof) and says where the time went: self time by function
 * and by module (npm package, project file, or Node internals), optionally only between two
 * instants (µs on the profile's clock, which is process.hrtime's on Linux).
 *
 *   npx tsx bench/profile.ts <file.cpuprofile> [--from=µs --to=µs] [--top=20]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const ROOT_URL = new URL('../', import.meta.url).href;
const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** The module a script URL belongs to: an npm package, a project file, a Node internal, or V8. */
export function moduleOf(url: string, functionName: string): string {
  if (SPECIAL.has(functionName)) return functionName;
  if (!url) return '(native / V8 builtins)';
  if (url.startsWith('node:')) {
    const path = url.slice(5).split('/');
    if (path[0] === 'internal' && path[1] === 'deps') return `node:${path[2]}`;
    return `node:${path.slice(0, path[0] === 'internal' ? 2 : 1).join('/')}`;
  }
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith(ROOT_URL)) return url.slice(ROOT_URL.length);
  return url;
}

export interface ProfileOptions {
  title: string;
  /** Only samples between these instants (µs, the profile's clock); the whole profile without them. */
  fromUs?: number;
  toUs?: number;
  /** Responses served in the window: to say the cost per request. */
  requests?: number;
  top?: number;
}

/** A markdown summary of the profile: totals, then the top modules and functions by self time. */
export function summarizeProfile(file: string, options: ProfileOptions): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let from = options.fromUs ?? -Infinity;
  let to = options.toUs ?? Infinity;
  let windowNote = '';
  if (from > profile.endTime || to < profile.startTime) {
    windowNote = ' (the window did not overlap the profile: the whole profile is counted)';
    from = -Infinity;
    to = Infinity;
  }
  const selfByNode = new Map<number, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from || t > to) continue;
    const spent = profile.timeDeltas[i + 1] ?? 0;
    const id = profile.samples[i]!;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + spent);
  }
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, { us: number; module: string }>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfByNode) {
    const frame = byId.get(id)!.callFrame;
    total += us;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    const module = moduleOf(frame.url, frame.functionName);
    byModule.set(module, (byModule.get(module) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'}${frame.url ? ` ${module}:${frame.lineNumber + 1}` : ''}`;
    const entry = byFunction.get(name) ?? { us: 0, module };
    entry.us += us;
    byFunction.set(name, entry);
  }
  const busy = total - idle;
  const top = options.top ?? 20;
  const pct = (us: number) => `${((us / Math.max(1, busy)) * 100).toFixed(1)}%`;
  const perReq = (us: number) => (options.requests ? (us / options.requests).toFixed(0) : '-');
  const lines = [
    `## ${options.title}`,
    '',
    `Window ${(total / 1e6).toFixed(1)} s${windowNote}: busy ${(busy / 1e6).toFixed(1)} s (${((busy / Math.max(1, total)) * 100).toFixed(0)}% of one core)` +
      (options.requests ? `, ${options.requests} requests: ${(busy / options.requests / 1000).toFixed(2)} ms CPU per request` : ''),
    '',
    '| module | self ms | % of busy | µs/request |',
    '|---|--:|--:|--:|',
    ...[...byModule]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([m, us]) => `| ${m} | ${(us / 1000).toFixed(0)} | ${pct(us)} | ${perReq(us)} |`),
    '',
    '| function | self ms | % of busy |',
    '|---|--:|--:|',
    ...[...byFunction]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([f, { us }]) => `| \`${f.replace(/\|/g, '\\|')}\` | ${(us / 1000).toFixed(0)} | ${pct(us)} |`),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx bench/profile.ts <file.cpuprofile> [--from=µs --to=µs] [--top=20]');
    process.exit(2);
  }
  const flag = (name: string) => {
    const arg = rest.find((a) => a.startsWith(`--${name}=`));
    return arg ? Number(arg.split('=')[1]) : undefined;
  };
  console.log(summarizeProfile(file, { title: file, fromUs: flag('from'), toUs: flag('to'), top: flag('top') }));
}
