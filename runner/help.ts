// The --help text: everything the runner does, in one screen.
import { MAX_RETRIES, MAX_TIMEOUT_SECONDS } from "../f/core/options.ts";

export const helpText = `Run this repository's Windmill scripts locally, the way a Windmill worker runs them.

Usage:
  npm start                                   a short tour: one streamed chat per provider, offline
  npm start -- <provider>/<operation> [options]
  npm start -- --list                         every operation with its summary
  npm start -- --help
  npm start -- <provider>/<operation> --help  that operation's parameters and body fields

Operations are f/<provider>/<operation>.ts, e.g. cohere/chat, ai21/create_chat_completion
(f/cohere/chat.ts or a path to a .ts file in a provider-named folder also works).

Options:
  --body <json>|@file.json|@-    the script's body argument (inline JSON, a file, or stdin)
  --resource @file.json          credentials from a JSON file, shaped like the resource type
  --resource <path>              credentials from a Windmill resource, e.g. f/llm/cohere
                                 (needs WM_BASE_URL, WM_TOKEN and WM_WORKSPACE)
  --emulator                     use the offline emulator even if keys are configured
  --max-retries <n>              options.max_retries for the script (0 to ${MAX_RETRIES})
  --timeout <seconds>            options.timeout_seconds for the script (more than 0, at most ${MAX_TIMEOUT_SECONDS})
  --file body.<field>=<path>     read a local file into a file field of the body (as base64,
                                 like a Windmill file picker), e.g. --file body.file=clip.wav
  --arg <name>=<value>           any other parameter of main (value parsed as JSON if it can be)
  --json                         print only the result as one JSON line on stdout; live text
                                 and logs go to stderr (for piping into jq and friends)
  --out <file>                   save every file of the result (image, audio, download) to
                                 <file>, or <name>-1.<ext>, <name>-2.<ext>... when there are several,
                                 with a warning when the content does not match the extension
  --root <dir>                   repository to find scripts in (default: this one)
  --runtime deno                 run the script as Windmill's native workers do: bundled, in V8
                                 (Deno) with a 128 MiB heap, Windmill's globals only, network to
                                 the called host only (default: bun, from source)

Credentials, first match wins:
  1. --resource @file.json
  2. --resource <windmill path>, fetched with windmill-client; the API base is
     BASE_INTERNAL_URL or WM_BASE_URL (e.g. https://app.windmill.dev), plus WM_TOKEN, WM_WORKSPACE
  3. environment: AI21_API_KEY (+ AI21_BASE_URL), TOGETHER_API_KEY (+ TOGETHER_BASE_URL),
     CO_API_KEY (+ CO_API_URL)
  4. the built-in offline emulator (no network, no key; chat is simulated, other
     operations answer from fixtures/<provider>/)

Paths (@file.json, --file, --out) are relative to the repository, where npm runs the runner.

Output: streamed text appears live, then a "── result" line, then the result as JSON.
Logs from the script go to stderr. Exit codes: 0 success; 1 the script failed (the error's
class and message are printed, never a key; RUNNER_DEBUG=1 adds the stack); 2 a mistake the
runner catches before calling the script (an option, a path, the resource), so nothing was sent.

Examples:
  npm start -- cohere/chat --body '{"model":"command-a-plus-05-2026","stream":true,
    "messages":[{"role":"user","content":"Hello"}]}'
  CO_API_KEY=... npm start -- cohere/chat --body @examples/cohere_chat.json --max-retries 4
  npm start -s -- togetherai/create_chat_completion --body @examples/togetherai_chat.json --json | jq .usage
                                 (-s keeps npm's own banner off stdout)
  npm start -- togetherai/create_speech --body @examples/speech.json --out speech.mp3
  npx bun runner/emulator.ts 8787     serve the emulator alone, for curl or other clients
`;
