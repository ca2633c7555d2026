import { existsSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { banner } from './banner';
import { configFromEnv } from './config';
import { WIDGET_BUILD } from './partner/widget-script';
import { largeListing } from './sandbox/large';
import { sandboxTenants } from './sandbox/tenants';
import { startServer } from './start';

export { type RunningServer, type StartOptions, startServer } from './start';

async function main(): Promise<void> {
  const config = configFromEnv(
    process.env,
    sandboxTenants.map((t) => t.id),
  );
  const server = await startServer(config);
  const listed = [...sandboxTenants, ...(config.large ?? []).map(largeListing)];
  process.stdout.write(banner(server.url, listed, config.tokens, config.dataFile, existsSync(WIDGET_BUILD)));
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run only as the entry point (npm start), not when a test imports startServer from here.
const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`seatguard: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
