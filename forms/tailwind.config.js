// Windmill ships no Tailwind config in windmill-components, only its design tokens: this
// rebuilds the colour utilities its components use (bg-surface, text-primary, border-light...)
// from assets/tokens/tokens.json, as CSS variables holding "R G B" so app.css's
// rgb(var(--color-border-light)) works. Close to Windmill's look, not pixel for pixel.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import plugin from "tailwindcss/plugin";

const require = createRequire(import.meta.url);
const tokensFile = require.resolve("windmill-components/package.json").replace(/package\.json$/, "package/assets/tokens/tokens.json");
const { tokens } = JSON.parse(readFileSync(tokensFile, "utf8"));
const light = tokens.light;
const dark = tokens["dark-3"]; // colorTokensConfig.js: darkModeName

/** "#rrggbb" or "#rrggbbaa" as the inside of rgb(): "r g b" or "r g b / a". */
function triplet(hex) {
  const [r, g, b, a] = hex.slice(1).match(/../g).map((pair) => Number.parseInt(pair, 16));
  return a === undefined ? `${r} ${g} ${b}` : `${r} ${g} ${b} / ${(a / 255).toFixed(2)}`;
}

const variables = (theme) => ({
  ...Object.fromEntries(Object.entries(theme).map(([name, hex]) => [`--color-${name}`, triplet(hex)])),
  "--color-surface-inverse": triplet(theme === light ? dark["surface-primary"] : light["surface-primary"]),
});

/** A colour that keeps Tailwind's opacity modifiers unless the token carries its own alpha. */
const color = (name) => (triplet(light[name] ?? "#000000").includes("/") ? `rgb(var(--color-${name}))` : `rgb(var(--color-${name}) / <alpha-value>)`);

const colors = { surface: color("surface-primary"), "surface-inverse": color("surface-inverse") };
const borderColor = {};
for (const name of Object.keys(light)) {
  colors[name] = color(name);
  if (name.startsWith("text-")) colors[name.slice("text-".length)] = color(name);
  if (name.startsWith("border-")) borderColor[name.slice("border-".length)] = color(name);
}

/** @type {import('tailwindcss').Config} */
export default {
  content: ["./src/**/*.{svelte,js}", "./node_modules/windmill-components/package/**/*.{svelte,js}"],
  darkMode: "class",
  theme: {
    extend: {
      colors,
      borderColor,
      borderRadius: { component: "0.25rem" },
      fontSize: { "2xs": "0.7rem", "3xs": "0.65rem" },
      fontFamily: { main: ["Inter", "sans-serif"] },
    },
  },
  plugins: [
    plugin(({ addBase }) => {
      addBase({
        ":root": { ...variables(light), colorScheme: "light" },
        ".dark": { ...variables(dark), colorScheme: "dark" },
        body: { backgroundColor: "rgb(var(--color-surface-primary))", color: "rgb(var(--color-text-primary))" },
      });
    }),
  ],
};
