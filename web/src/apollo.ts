/** The page's Apollo Client: the gateway's /graphql on this origin, with the signed-in citizen's token. */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createClient(token: string): ApolloClient<unknown> {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', headers: { authorization: `Bearer ${token}` } }),
    // The documents are sent as written, so that their text is the trusted manifest's (a production
    // gateway runs nothing else): no `__typename` added; the operations select it where the cache needs it.
    cache: new InMemoryCache({ addTypename: false, typePolicies: { Person: { keyFields: ['iin'] } } }),
    // sent as `apollographql-client-name`: the access log shows the portal's reads as such
    name: 'portal',
    version: '1',
    // a section that failed is its card's business: the rest of the answer is shown
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' }, mutate: { errorPolicy: 'all' } },
  });
}

/** The development login (gateway/dev-token.ts): a token for a demo citizen and a login method. */
export async function devLogin(iin: string, login: string): Promise<string> {
  const response = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ iin, login }) });
  const body = (await response.json()) as { token?: string; errors?: Array<{ message: string }> };
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `login failed (${response.status})`);
  return body.token;
}
