#!/usr/bin/env node
// The app command of cdktf.json: runs main.ts through the cached esbuild bundle (see run-ts.mjs).
import { runTypeScript } from "./run-ts.mjs";

await runTypeScript("main.ts", "app");
