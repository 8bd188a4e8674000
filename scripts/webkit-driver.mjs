// Starts what WebKit tests need and stops it again: an Xvfb display (MiniBrowser has no headless
// mode) and WebKitWebDriver, both on loopback only, on a display number and a port that are free.
// Each runs in its own process group, so that stopping it also ends what it started (MiniBrowser
// and its web processes), and an exit handler kills what is left even when the caller fails.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';

const running = new Set();

// Last resort when the process exits without stopping them (an exception, process.exit()).
process.on('exit', () => {
  for (const child of running) kill(child, 'SIGKILL');
});

function kill(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Stops a process group: SIGTERM, then SIGKILL after `ms`. */
async function stop(child, ms = 3000) {
  if (!child) return;
  if (!exited(child)) {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    kill(child, 'SIGTERM');
    const timer = setTimeout(() => kill(child, 'SIGKILL'), ms);
    await gone;
    clearTimeout(timer);
  }
  // Whatever the leader left behind in its group.
  kill(child, 'SIGKILL');
  running.delete(child);
}

/** The last few kilobytes a process wrote, for an error message. */
function tail(child) {
  let text = '';
  const keep = (chunk) => (text = (text + chunk).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text.trim();
}

function startProcess(file, args, options) {
  const child = spawn(file, args, { ...options, detached: true });
  // Kept until stop(), even when the leader exits first: its group may outlive it.
  running.add(child);
  return child;
}

/** Xvfb on a display it picks itself (-displayfd), listening on no TCP port. */
async function startXvfb(xvfb) {
  const child = startProcess(xvfb, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24', '-noreset'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const output = tail(child);
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(Number(text.trim()));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb stopped at start (${code}): ${output()}`));
    });
    child.once('error', reject);
  }).catch(async (error) => {
    await stop(child);
    throw error;
  });
  return { child, display };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function answers(port) {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/status', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

/** WebKitWebDriver on 127.0.0.1 and a free port; a few tries in case another process takes the port first. */
async function startDriver(driver, env) {
  let last = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = startProcess(driver, ['--host=127.0.0.1', `--port=${port}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = tail(child);
    const deadline = Date.now() + 10_000;
    while (!exited(child) && Date.now() < deadline) {
      if (await answers(port)) return { child, port };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    last = output();
    await stop(child);
  }
  throw new Error(`WebKitWebDriver did not start: ${last || 'no answer on /status within 10 s'}`);
}

/**
 * Starts Xvfb and WebKitWebDriver. Resolves with `{ port, display, stop }`; `stop()` ends both
 * (MiniBrowser with the driver) and is safe to call twice.
 */
export async function startWebKit({ driver, xvfb }) {
  const screen = await startXvfb(xvfb);
  const env = {
    ...process.env,
    DISPLAY: `:${screen.display}`,
    // Without compositing, frames and zoom animations come about as fast as in Chromium.
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
    // No accessibility bus to look for on a bare display.
    NO_AT_BRIDGE: '1',
  };
  let webdriver;
  try {
    webdriver = await startDriver(driver, env);
  } catch (error) {
    await stop(screen.child);
    throw error;
  }
  let stopping;
  return {
    port: webdriver.port,
    display: screen.display,
    stop: () => (stopping ??= (async () => {
      await stop(webdriver.child);
      await stop(screen.child);
    })()),
  };
}
