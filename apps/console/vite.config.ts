import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// The console shares the zod schemas of libs/domain with the API: no copy, no build step.
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@casework\/domain$/, replacement: here('../../libs/domain/src/index.ts') },
      { find: /^@casework\/domain\/(.*)$/, replacement: `${here('../../libs/domain/src')}/$1` },
    ],
  },
  build: {
    outDir: here('../../dist/console'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 500,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
