#!/usr/bin/env node
// `npm run connect -- [stack] [group] [index] [--ssh-config]`: see src/connect.ts.
import { runTypeScript } from "./run-ts.mjs";

await runTypeScript("src/connect-main.ts", "connect");
