/** What a subgraph knows of a `Person` it did not load: the key. The gateway plans the rest. */
export interface PersonRef {
  __typename?: 'Person';
  iin: string;
}

export const personRef = (iin: string): PersonRef => ({ __typename: 'Person', iin });
