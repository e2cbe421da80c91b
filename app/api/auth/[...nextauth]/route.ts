import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions, refuseThrottledSignIn } from '@/server/auth/nextAuth';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: RouteContext) {
  return (await refuseThrottledSignIn(request)) ?? NextAuth(request, { params: await context.params }, authOptions());
}

export { handler as GET, handler as POST };
