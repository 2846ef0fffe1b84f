import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

// Served by the lawtracker binary under /app; file names carry no hashes so that a
// rebuild of the same sources gives byte-identical files (CI compares them).
export default defineConfig({
  base: "/app/",
  plugins: [preact()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        entryFileNames: "assets/[name].js",
        chunkFileNames: "assets/[name].js",
        assetFileNames: "assets/[name][extname]",
      },
    },
  },
});
