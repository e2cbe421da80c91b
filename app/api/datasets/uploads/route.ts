import { createUploadHandler } from '@/server/http/datasetFiles';

export const POST = createUploadHandler();
