// Rewrites package.json's `overrides`: every @codingame/monaco-vscode-* package in the tree,
// pinned to the version windmill-components pins. Without it npm resolves some of them to a
// newer patch and the page fails with "Another version of monaco-vscode-api has already been
// loaded". Run it after bumping windmill-components: npm install, node tools/pin_monaco.mjs,
// npm install again.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const here = new URL("../", import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, here), "utf8"));
const components = read("node_modules/windmill-components/package.json");
const version = components.dependencies["@codingame/monaco-vscode-editor-api"].replace(/^=/, "");
const names = readdirSync(new URL("node_modules/@codingame/", here))
  .filter((name) => name.startsWith("monaco-vscode-"))
  .map((name) => `@codingame/${name}`);
const pkg = read("package.json");
const all = new Set([...names, ...Object.keys(pkg.overrides ?? {})]);
pkg.overrides = Object.fromEntries([...all].sort().map((name) => [name, version]));
writeFileSync(new URL("package.json", here), `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`pinned ${all.size} @codingame packages to ${version}`);
