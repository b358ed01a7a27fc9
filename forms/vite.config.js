import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [svelte()],
  resolve: { alias: { "$app/environment": fileURLToPath(new URL("src/sveltekit/environment.js", import.meta.url)) } },
  // The optimizer cannot load the package's `?raw` imports; Vite serves it as source instead.
  optimizeDeps: { exclude: ["windmill-components"] },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  logLevel: "warn",
});
