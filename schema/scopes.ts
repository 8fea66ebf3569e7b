/**
 * The login-level rules written in the SDL with Federation's `@requiresScopes`, read the same way by
 * the gateway (from the supergraph) and by each subgraph (from its own schema.graphql).
 */
import { Kind, valueFromASTUntyped, type DocumentNode } from 'graphql';
import type { LoginMethod } from './caller.js';

/** Field coordinate (`Person.vehicles`) → the scopes that grant it: any one inner list, all of its scopes. */
export type ScopeRules = ReadonlyMap<string, string[][]>;

const REQUIRES_SCOPES = 'https://specs.apollo.dev/requiresScopes/';

/** A caller's scopes: `eds` for a login by electronic digital signature, none otherwise. */
export const scopesOfLogin = (login: LoginMethod): ReadonlySet<string> => new Set(login === 'EDS' ? ['eds'] : []);

/** Whether the scopes grant a field with this rule (no rule: granted). */
export const granted = (rule: string[][] | undefined, scopes: ReadonlySet<string>): boolean =>
  !rule || rule.some((all) => all.every((scope) => scopes.has(scope)));

/** The rules of a document, under whatever name a supergraph's `@link` gives the directive. */
export function scopeRulesOf(document: DocumentNode): ScopeRules {
  let directive = 'requiresScopes';
  for (const def of document.definitions) {
    if (def.kind !== Kind.SCHEMA_DEFINITION && def.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of def.directives ?? []) {
      const args = Object.fromEntries((link.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      if (link.name.value === 'link' && String(args.url).startsWith(REQUIRES_SCOPES) && typeof args.as === 'string') directive = args.as;
    }
  }
  const rules = new Map<string, string[][]>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of def.fields ?? []) {
      const scopes = field.directives?.find((d) => d.name.value === directive)?.arguments?.find((a) => a.name.value === 'scopes');
      if (scopes) rules.set(`${def.name.value}.${field.name.value}`, valueFromASTUntyped(scopes.value) as string[][]);
    }
  }
  return rules;
}
