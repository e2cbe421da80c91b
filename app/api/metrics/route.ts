import { metricsResponse } from '@/server/http/metrics';

export const GET = metricsResponse;
