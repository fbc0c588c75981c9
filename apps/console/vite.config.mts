import react from '@vitejs/plugin-react';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const output = join(import.meta.dirname, '../../dist/apps/console');
/** The access service (backend-for-frontend), which `nx serve console` forwards the API and sign-in to. */
const ACCESS_SERVICE = process.env['MUTUALIS_ACCESS_URL'] ?? 'http://127.0.0.1:3000';

/**
 * Leaves tools/build/ensure-built.mjs's stamp in the output, dated from the build's start, so that `npm start`
 * rebuilds the console only when its sources (or docs/openapi) changed since.
 */
function buildStamp(): Plugin {
  let started = new Date();
  return {
    name: 'mutualis-build-stamp',
    apply: 'build',
    buildStart: () => void (started = new Date()),
    closeBundle() {
      mkdirSync(output, { recursive: true });
      writeFileSync(join(output, '.built'), '');
      utimesSync(join(output, '.built'), started, started);
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), buildStamp()],
  // React Aria Components weigh most of the bundle (about 700 kB, 200 kB gzipped): one chunk, loaded once.
  build: { outDir: output, emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: {
    host: '127.0.0.1',
    port: 4200,
    strictPort: true,
    proxy: Object.fromEntries(['/api', '/auth', '/me'].map((path) => [path, ACCESS_SERVICE])),
  },
  preview: { host: '127.0.0.1', port: 4300 },
});
