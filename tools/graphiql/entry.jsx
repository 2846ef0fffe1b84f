// The GraphiQL page lawtracker serves at `/`: GraphiQL on /graphql, subscriptions
// over /ws (graphql-transport-ws), everything from this origin.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import 'graphiql/graphiql.css';

const origin = window.location.origin;
const fetcher = createGraphiQLFetcher({
  url: `${origin}/graphql`,
  wsClient: createClient({ url: `${origin.replace(/^http/, 'ws')}/ws`, lazy: true }),
});

createRoot(document.getElementById('graphiql')).render(<GraphiQL fetcher={fetcher} />);
