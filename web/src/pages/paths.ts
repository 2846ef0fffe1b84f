// Where a node of the API lives in the front end.
import { graphql } from "../gql";

export const NODE_LINK = graphql(`
  fragment NodeLink on Node {
    __typename
    ... on Provision { slug }
    ... on Incident { slug }
    ... on Criticism { slug }
    ... on Facility { slug }
    ... on Actor { slug }
    ... on Source { slug }
    ... on Law { slug }
  }
`);

const PATHS: Record<string, string> = {
  Provision: "/provisions/",
  Incident: "/incidents/",
  Criticism: "/criticisms/",
  Facility: "/facilities/",
  Actor: "/actors/",
  Source: "/sources/",
};

export function nodePath(node: { __typename?: string; slug?: string } | null | undefined): string | undefined {
  if (!node?.__typename) return undefined;
  if (node.__typename === "Law") return "/";
  const prefix = PATHS[node.__typename];
  return prefix && node.slug ? `${prefix}${node.slug}` : undefined;
}
