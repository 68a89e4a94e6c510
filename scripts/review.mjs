#!/usr/bin/env node
// `npm run review` and `npm run diagram` (see README, "Reviewing a change"):
// runs src/review/cli.ts through the cached esbuild bundle (see run-ts.mjs).
import { runTypeScript } from "./run-ts.mjs";

const { main } = await runTypeScript("src/review/cli.ts", "review");
process.exitCode = main(process.argv.slice(2));
