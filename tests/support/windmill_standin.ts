// A stand-in Windmill API on 127.0.0.1 answering only what `wmill sync push` (windmill-cli
// 1.819) calls, shaped after windmill-labs/windmill backend/windmill-api/openapi.yaml. It
// keeps what is pushed (scripts, flows, resource types, folders) and serves it back in the
// workspace tarball, so a second push diffs against it like against a real server.
import { strToU8, zipSync } from "fflate";

export type Recorded = { method: string; path: string; query: string; body: unknown };
type Json = Record<string, any>;
type Handler = (m: RegExpMatchArray, body: any, url: URL) => Response | Promise<Response>;

const json = (v: unknown, status = 200) => Response.json(v, { status });
const text = (v: string, status = 200) => new Response(v, { status });
const notFound = (what: string) => text(`Not found: ${what}`, 404);

// Keys the real export drops (to_string_without_metadata), plus the script fields that are
// not metadata: the content goes to its own file, the rest are request-only.
const NOT_EXPORTED = [
  "workspace_id",
  "path",
  "name",
  "created_by",
  "created_at",
  "edited_at",
  "archived",
  "hash",
  "content",
  "language",
  "parent_hash",
  "auto_parent",
  "skip_draft_deletion",
  "deployment_message",
  "modules",
];

/** extra_perms: folders keep it even when empty, scripts only when not empty, others drop it. */
function exported(o: Json, extraPerms: "keep" | "nonEmpty" | "drop"): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) if (!NOT_EXPORTED.includes(k) && v !== undefined && v !== null) out[k] = v;
  const perms = o.extra_perms ?? {};
  if (extraPerms === "drop" || (extraPerms === "nonEmpty" && Object.keys(perms).length === 0)) delete out.extra_perms;
  else out.extra_perms = perms;
  return out;
}

export class WindmillStandIn {
  readonly workspace = "llm_test";
  readonly token = "standin-token";
  readonly requests: Recorded[] = [];
  readonly unhandled: Recorded[] = [];
  readonly scripts = new Map<string, Json>();
  readonly resourceTypes = new Map<string, Json>();
  readonly folders = new Map<string, Json>();
  readonly flows = new Map<string, Json>();
  private server: ReturnType<typeof Bun.serve> | undefined;
  private hashCounter = 0;

  get url(): string {
    return `http://127.0.0.1:${this.server!.port}/`;
  }

  start(): this {
    this.server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: (req) => this.handle(req) });
    return this;
  }

  stop(): void {
    this.server?.stop(true);
  }

  /** Writes recorded since `mark` (index into `requests`), for "nothing changed" checks. */
  writesSince(mark: number): Recorded[] {
    return this.requests.slice(mark).filter((r) => r.method !== "GET");
  }

  private routes(): [string, RegExp, Handler][] {
    const w = `/api/w/${this.workspace}`;
    return [
      ["GET", /^\/api\/version$/, () => text("CE v1.819.0")],
      [
        "GET",
        new RegExp(`^${w}/users/whoami$`),
        () =>
          json({
            username: "admin",
            email: "admin@example.com",
            is_admin: true,
            is_super_admin: true,
            operator: false,
            disabled: false,
            groups: [],
            folders: [],
            folders_owners: [],
          }),
      ],
      // `wmill workspace add` checks the workspace before saving a profile.
      ["POST", /^\/api\/workspaces\/exists$/, (_m, b) => json(b?.id === this.workspace)],
      [
        "GET",
        /^\/api\/users\/whoami$/,
        () =>
          json({
            email: "admin@example.com",
            login_type: "password",
            super_admin: true,
            verified: true,
            name: "admin",
          }),
      ],
      ["GET", new RegExp(`^${w}/workspaces/tarball$`), (_m, _b, url) => this.tarball(url)],
      ["GET", new RegExp(`^${w}/resources/file_resource_type_to_file_ext_map$`), () => json({})],
      ["GET", new RegExp(`^${w}/workspaces/list_ws_specific$`), () => json([])],
      // After a push the CLI looks for the dependency (lock) jobs the server queued.
      ["GET", new RegExp(`^${w}/jobs/(queue|completed)/list$`), () => json([])],
      ["GET", new RegExp(`^${w}/scripts/get/p/(.+)$`), (m) => this.get(this.scripts, m[1]!)],
      // generate-metadata asks which local scripts differ from deployed ones; none matter here.
      ["POST", new RegExp(`^${w}/scripts/raw_temp/diff$`), () => json([])],
      ["POST", new RegExp(`^${w}/scripts/create$`), (_m, b) => this.createScript(b)],
      ["GET", new RegExp(`^${w}/resources/type/get/([^/]+)$`), (m) => this.get(this.resourceTypes, m[1]!)],
      ["POST", new RegExp(`^${w}/resources/type/create$`), (_m, b) => this.put(this.resourceTypes, b.name, b, 201)],
      ["POST", new RegExp(`^${w}/resources/type/update/([^/]+)$`), (m, b) => this.update(this.resourceTypes, m[1]!, b)],
      ["GET", new RegExp(`^${w}/flows/get/(.+)$`), (m) => this.get(this.flows, m[1]!)],
      ["POST", new RegExp(`^${w}/flows/create$`), (_m, b) => this.put(this.flows, b.path, b, 201)],
      ["POST", new RegExp(`^${w}/flows/update/(.+)$`), (m, b) => this.update(this.flows, m[1]!, b)],
      ["GET", new RegExp(`^${w}/folders/get/([^/]+)$`), (m) => this.get(this.folders, m[1]!)],
      ["POST", new RegExp(`^${w}/folders/create$`), (_m, b) => this.put(this.folders, b.name, b, 200)],
      ["POST", new RegExp(`^${w}/folders/update/([^/]+)$`), (m, b) => this.update(this.folders, m[1]!, b)],
    ];
  }

  private async handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const raw = req.method === "GET" ? "" : await req.text();
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      /* keep text */
    }
    const rec = { method: req.method, path: url.pathname, query: url.search, body };
    this.requests.push(rec);
    for (const [method, re, handler] of this.routes()) {
      const m = url.pathname.match(re);
      if (m && method === req.method) return handler(m, body, url);
    }
    this.unhandled.push(rec);
    return notFound(`${req.method} ${url.pathname}`);
  }

  private get(store: Map<string, Json>, key: string): Response {
    const v = store.get(decodeURIComponent(key));
    return v ? json(v) : notFound(key);
  }

  private put(store: Map<string, Json>, key: string, value: Json, status: number): Response {
    store.set(key, { ...value, workspace_id: this.workspace });
    return text(`${key} created`, status);
  }

  private update(store: Map<string, Json>, key: string, patch: Json): Response {
    const name = decodeURIComponent(key);
    const old = store.get(name);
    if (!old) return notFound(name);
    store.set(name, { ...old, ...patch });
    return text(`${name} updated`);
  }

  private createScript(body: Json): Response {
    const hash = (++this.hashCounter).toString(16).padStart(16, "0");
    // The server stores a `//native` Bun script as language bunnative (see create_script).
    const language = body.language === "bun" && /^\/\/\s*native\b/.test(body.content) ? "bunnative" : body.language;
    this.scripts.set(body.path, {
      ...body,
      language,
      hash,
      workspace_id: this.workspace,
      archived: false,
      extra_perms: {},
    });
    return text(hash, 201);
  }

  /** The workspace export: JSON files the CLI turns into its YAML layout before diffing. */
  private tarball(url: URL): Response {
    if (url.searchParams.get("archive_type") !== "zip") return text("Invalid Archive Type", 400);
    const files: Record<string, string> = {};
    for (const [path, s] of this.scripts) {
      files[`${path}.ts`] = s.content;
      files[`${path}.script.json`] = JSON.stringify(exported(s, "nonEmpty"));
    }
    if (url.searchParams.get("skip_resource_types") !== "true") {
      for (const [name, rt] of this.resourceTypes)
        files[`${name}.resource-type.json`] = JSON.stringify(exported(rt, "drop"));
    }
    // A flow leaves as one JSON document with its inline code, which the CLI splits into files.
    for (const [path, f] of this.flows) files[`${path}.flow.json`] = JSON.stringify(exported(f, "drop"));
    for (const [name, f] of this.folders) files[`f/${name}/folder.meta.json`] = JSON.stringify(exported(f, "keep"));
    return new Response(zip(files), { headers: { "content-type": "application/zip" } });
  }
}

/** The workspace tarball the CLI reads with JSZip: one entry per file, UTF-8 text. */
function zip(files: Record<string, string>): Uint8Array<ArrayBuffer> {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])),
  ) as Uint8Array<ArrayBuffer>;
}
