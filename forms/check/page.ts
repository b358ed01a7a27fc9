// One Chromium page holding the built harness (dist/), kept open for every form: the test
// swaps schemas inside it instead of reloading. Windmill's /api calls are answered here.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

const dist = join(import.meta.dir, "..", "dist");

/** Debian's chromium package: /usr/bin/chromium is a shell wrapper, this is the binary. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";

// Messages every form prints, whatever its schema: Monaco runs its workers on the main thread
// here (no worker URLs are configured), and the Inter font Windmill's app.css names is not shipped.
const harmless = [/MonacoEnvironment\.getWorkerUrl/, /Inter-Variable\.woff2/, /Could not create web worker/];

export type FormPage = {
  page: Page;
  /** Shows a script's schema in a fresh SchemaForm; returns what went wrong while mounting. */
  show(path: string, schema: unknown): Promise<string[]>;
  /** The form's `args`, as Windmill's run form would submit them. */
  args(): Promise<Record<string, unknown>>;
  /** Errors caught by the form's boundary, page errors and console errors since the last show(). */
  problems(): Promise<string[]>;
  close(): Promise<void>;
};

export async function openFormPage(): Promise<FormPage> {
  if (!existsSync(join(dist, "index.html"))) throw new Error("forms/dist is missing: run `npm run build` in forms/");
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium`);
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(request) {
      const path = new URL(request.url).pathname;
      const file = Bun.file(join(dist, path === "/" ? "index.html" : path));
      return (await file.exists()) ? new Response(file) : new Response("not found", { status: 404 });
    },
  });
  const origin = `http://127.0.0.1:${server.port}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
    const page = await browser.newPage({ viewport: { width: 900, height: 1100 }, reducedMotion: "reduce" });
    let problems: string[] = [];
    const note = (text: string) => harmless.some((re) => re.test(text)) || problems.push(text);
    page.on("pageerror", (error) => note(error.message));
    // A failed load logs only "Failed to load resource": the URL is in the location.
    page.on("console", (m) => m.type() === "error" && note(`${m.text()} ${m.location().url ?? ""}`.trim()));
    // Only the page's own origin: Monaco's module paths contain /api/ too.
    await page.route(
      (url) => url.origin === origin && url.pathname.startsWith("/api/"),
      (route) => {
        const listNames = new URL(route.request().url()).pathname.endsWith("/resources/type/listnames");
        return route.fulfill({ json: listNames ? ["ai21", "togetherai", "cohere"] : [] });
      },
    );
    await page.goto(origin);
    await page.waitForFunction(() => "forms" in window);
    if (problems.length) throw new Error(`the harness page failed to load:\n${problems.join("\n")}`);
    return {
      page,
      async show(path, schema) {
        problems = [];
        const boundary = await page.evaluate(([p, s]) => window.forms.show(p, s), [path, schema] as const);
        await page.waitForTimeout(150); // effects and lazy imports settle
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        return [...boundary, ...problems];
      },
      args: () => page.evaluate(() => window.forms.args()),
      problems: async () => [...(await page.evaluate(() => window.forms.errors())), ...problems],
      async close() {
        await browser?.close();
        server.stop(true);
      },
    };
  } catch (error) {
    await browser?.close();
    server.stop(true);
    throw error;
  }
}

declare global {
  interface Window {
    forms: {
      show(path: string, schema: unknown): Promise<string[]>;
      args(): Record<string, unknown>;
      errors(): string[];
    };
  }
}
