// What svelte-splitpanes reads from SvelteKit's $app/environment; this page is no SvelteKit app.
export const browser = true;
export const building = false;
export const dev = false;
export const version = "forms";
