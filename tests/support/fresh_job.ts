// Loaded before every test file (bunfig.toml). Windmill runs each job in a new isolate, so the key a
// job masks (f/core/redact.ts guardKey) never outlives it; each test gets the same clean start.
import { beforeEach } from "bun:test";
import { guardKey } from "../../f/core/redact.ts";

beforeEach(() => guardKey(undefined));
