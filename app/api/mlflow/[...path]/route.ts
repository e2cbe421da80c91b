import { createTrackingHandler } from '@/server/http/tracking/handler';

/** The tracking URI (`MLFLOW_TRACKING_URI=…/api/mlflow`): MLflow's REST API, its artifact proxy and Phaselab's extension. */
const handle = createTrackingHandler();

export const GET = handle;
export const HEAD = handle;
export const POST = handle;
export const PUT = handle;
export const DELETE = handle;
