// `npm install` on a fresh clone must print neither EBADENGINE nor the install-scripts notice (npm 11.16+):
// every installed package accepts the Node version the README asks for and the one on this machine, and
// every package with an install script is listed in package.json's allowScripts. Read from the lock file,
// so it holds for what `npm ci` installs, without running it.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dir, "../..");
const read = (p: string) => readFileSync(join(ROOT, p), "utf8");
const pkg = JSON.parse(read("package.json"));
type Locked = { version?: string; engines?: { node?: string }; hasInstallScript?: boolean; optional?: boolean };
const locked = Object.entries(JSON.parse(read("package-lock.json")).packages as Record<string, Locked>)
  .filter(([path]) => path.startsWith("node_modules/"))
  .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf("node_modules/") + 13), ...entry }));

const readmeFloor = /Node\.js (\d+)\.(\d+)\+/.exec(read("README.md"));
const machineNode = Bun.spawnSync(["node", "--version"]).stdout.toString().trim().replace(/^v/, "");
const ranged = locked.filter((p) => p.engines?.node);

describe("npm install on a fresh clone is quiet", () => {
  test("the README states the lowest Node.js version it supports, as major.minor+", () => {
    expect(readmeFloor, 'README.md says "Node.js <major>.<minor>+"').not.toBeNull();
  });

  test.each(ranged)("$name accepts the README's lowest Node.js version ($engines.node)", ({ engines }) => {
    const floor = `${readmeFloor![1]}.${readmeFloor![2]}.0`;
    expect(Bun.semver.satisfies(floor, engines!.node!), `Node ${floor} vs ${engines!.node}`).toBe(true);
  });

  test.skipIf(!machineNode)("every package accepts this machine's node, as npm checks it (no EBADENGINE)", () => {
    const refused = ranged.filter((p) => !Bun.semver.satisfies(machineNode, p.engines!.node!));
    expect(refused.map((p) => `${p.name}@${p.version}: ${p.engines!.node}`)).toEqual([]);
  });

  test("every package with an install script is reviewed in allowScripts (no install-scripts notice)", () => {
    const allowed = Object.keys(pkg.allowScripts ?? {});
    const covered = (name: string, version?: string) =>
      allowed.includes(name) || allowed.includes(`${name}@${version}`);
    const scripted = locked.filter((p) => p.hasInstallScript);
    expect(scripted.map((p) => p.name)).toContain("bun");
    expect(scripted.filter((p) => !covered(p.name, p.version)).map((p) => p.name)).toEqual([]);
  });
});
