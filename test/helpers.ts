/** Helpers for tests across the whole federation: the real gateway over HTTP, the mocks' control API. */
import { issueDevToken } from '../gateway/auth.js';
import type { LoginMethod } from '../schema/caller.js';
import type { RunningSystem } from '../scripts/system.js';
import type { GraphQLBody } from '../subgraphs/kit/testing.js';

export const tokenFor = (iin: string, login: LoginMethod = 'EDS', expiresIn?: string) => issueDevToken(iin, { login, expiresIn });

export async function gql<T = Record<string, any>>(
  system: RunningSystem,
  query: string,
  options: { token?: string | null; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLBody<T> & { status: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(system.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables }) });
  return { status: response.status, ...((await response.json()) as GraphQLBody<T>) };
}

export interface MockStats {
  requests: number;
  calls: string[][];
  /** When each data request arrived and was answered (epoch ms), in the order answered. */
  spans: Array<{ receivedAt: number; answeredAt: number }>;
  /** The request id (x-request-id) each data request carried, in the order received. */
  requestIds: Array<string | null>;
}

/** Data requests each mock state system served since the last reset, by subgraph name. */
export async function mockStats(system: RunningSystem): Promise<Record<string, MockStats>> {
  const entries = await Promise.all(
    system.subgraphs.map(async (s) => [s.name, (await (await fetch(`${s.mockUrl}/_mock/stats`)).json()) as MockStats] as const),
  );
  return Object.fromEntries(entries);
}

export const requestCounts = async (system: RunningSystem): Promise<Record<string, number>> =>
  Object.fromEntries(Object.entries(await mockStats(system)).map(([name, s]) => [name, s.requests]));

export async function resetMocks(system: RunningSystem): Promise<void> {
  await Promise.all(system.subgraphs.map((s) => fetch(`${s.mockUrl}/_mock/reset`, { method: 'POST' })));
}

export async function setFaults(system: RunningSystem, subgraph: string, faults: { latencyMs?: number; failRate?: number; down?: boolean }): Promise<void> {
  const s = system.subgraphs.find((x) => x.name === subgraph)!;
  const response = await fetch(`${s.mockUrl}/_mock/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(faults) });
  if (!response.ok) throw new Error(`faults not set: ${response.status}`);
}
