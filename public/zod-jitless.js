/*
 * Loaded by index.html as a classic script, before any module: zod 4 probes for eval with
 * `new Function('')` when its first object schema is built, unless its global config says `jitless`.
 * The production build's Content-Security-Policy forbids eval (vite.config.ts), and the browser
 * reports the caught probe as a violation. A module cannot do this reliably: the bundler evaluates
 * the chunk holding zod and our schemas before any code of the entry chunk runs.
 */
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
