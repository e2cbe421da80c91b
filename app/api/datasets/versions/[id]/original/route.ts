import { createDownloadHandler } from '@/server/http/datasetFiles';

const download = createDownloadHandler();

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return download(request, (await params).id);
}
