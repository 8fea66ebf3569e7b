/**
 * How a URL names the address a server listens on (`HOST`): as given, bracketed when IPv6; a
 * wildcard address (0.0.0.0, ::) is reached on loopback.
 */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
