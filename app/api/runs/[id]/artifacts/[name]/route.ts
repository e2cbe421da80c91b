import { createArtifactHandler } from '@/server/http/runArtifacts';

const download = createArtifactHandler();

export async function GET(request: Request, { params }: { params: Promise<{ id: string; name: string }> }) {
  const { id, name } = await params;
  return download(request, id, name);
}
