import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dashboard builds on its own (`vite build web`); the server serves web/dist and answers /api.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks a page loads, for the first-load size in bench/api.bench.ts.
    manifest: true,
    // ECharts is large: it stays in its own chunk, loaded with the first page that draws a chart.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:4173' },
  },
});
