import { createGraphQLHandler } from '@/server/graphql/http';

const handler = createGraphQLHandler();

export const GET = handler;
export const POST = handler;
