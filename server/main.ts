// `npm run server`: a live-class server on this computer (127.0.0.1:2567), for a
// classroom laptop. Options: --port N, --host ADDRESS (0.0.0.0 to let the
// class's devices reach it), --redis redis://… and --public-address host:port
// to run several processes, --keep-hours H, --think-ms MS, --scenarios DIR,
// --site DIR (the built site, dist/ by default: live.html and join.html are served from it),
// --timing (the load bench's: time each move; a SIGUSR2 prints the figures so far as one line).
import { parseArgs } from 'node:util';
import { DEFAULT_SETTINGS, startServer } from './app.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    redis: { type: 'string' },
    'public-address': { type: 'string' },
    'keep-hours': { type: 'string' },
    'think-ms': { type: 'string' },
    scenarios: { type: 'string' },
    site: { type: 'string' },
    timing: { type: 'boolean' },
  },
});

const number = (text: string | undefined, fallback: number) => {
  const n = Number(text);
  return text !== undefined && Number.isFinite(n) && n >= 0 ? n : fallback;
};

const running = await startServer({
  ...DEFAULT_SETTINGS,
  port: number(values.port, DEFAULT_SETTINGS.port),
  host: values.host ?? DEFAULT_SETTINGS.host,
  thinkMs: number(values['think-ms'], DEFAULT_SETTINGS.thinkMs),
  keepHours: number(values['keep-hours'], DEFAULT_SETTINGS.keepHours),
  scenariosDir: values.scenarios ?? DEFAULT_SETTINGS.scenariosDir,
  siteDir: values.site ?? DEFAULT_SETTINGS.siteDir,
  timing: values.timing === true,
  ...(values.redis ? { redis: values.redis } : {}),
  ...(values['public-address'] ? { publicAddress: values['public-address'] } : {}),
});
console.log(
  `standoff live-class server listening on ${values.host ?? DEFAULT_SETTINGS.host}:${running.port}`,
);

const stop = () => {
  void running.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
if (values.timing)
  process.on('SIGUSR2', () =>
    console.log(`standoff move timing ${JSON.stringify(running.timings())}`),
  );
process.on('SIGTERM', stop);
