/**
 * Picks the TensorFlow.js backend once per worker process: the native one (`@tensorflow/tfjs-node`) where it is
 * installed, else WebAssembly, else plain JavaScript. PHASELAB_TF_BACKEND=node|wasm|cpu forces one.
 */
import * as tfjs from '@tensorflow/tfjs';

export type TF = typeof tfjs;
export type Backend = 'node' | 'wasm' | 'cpu';

let loaded: Promise<{ tf: TF; backend: Backend }> | undefined;

export function loadTensorFlow(): Promise<{ tf: TF; backend: Backend }> {
  // A failed start is not cached: the next run tries again.
  loaded ??= pick().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

async function pick(): Promise<{ tf: TF; backend: Backend }> {
  const forced = process.env.PHASELAB_TF_BACKEND as Backend | undefined;
  if (forced && !['node', 'wasm', 'cpu'].includes(forced)) throw new Error('PHASELAB_TF_BACKEND must be node, wasm or cpu');
  for (const backend of forced ? [forced] : (['node', 'wasm', 'cpu'] as const)) {
    try {
      if (backend === 'node') {
        // The native addon registers itself as "tensorflow" on the same tfjs instance.
        await import('@tensorflow/tfjs-node' as string);
        if (!(await tfjs.setBackend('tensorflow'))) continue;
      } else if (backend === 'wasm') {
        await import('@tensorflow/tfjs-backend-wasm');
        if (!(await tfjs.setBackend('wasm'))) continue;
      } else if (!(await tfjs.setBackend('cpu'))) continue;
      await tfjs.ready();
      return { tf: tfjs, backend };
    } catch (error) {
      if (forced) throw error;
    }
  }
  throw new Error('no TensorFlow.js backend could start');
}
