import { createLabelErrorsHandler } from '@/server/http/runArtifacts';

const download = createLabelErrorsHandler();

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return download(request, (await params).id);
}
