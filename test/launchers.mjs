// The browser launcher of each engine, for web-test-runner.config.mjs. Nothing here downloads a
// browser: each one runs an installed engine (scripts/find-browsers.mjs finds them).
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromeArgs, findChrome, findFirefox, findMiniBrowser } from '../scripts/find-browsers.mjs';

/** The page size the Puppeteer launchers give every test page; WebKit gets the same. */
const viewport = { width: 800, height: 600 };

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, with a page of the same size as in the other
 * engines (MiniBrowser opens at 1024 by 768 with its toolbar in that).
 */
class WebKitLauncher extends WebdriverLauncher {
  async createDriverManager() {
    const manager = await super.createDriverManager();
    const [width, height] = await this.driver.execute('return [innerWidth, innerHeight]');
    const frame = await this.driver.getWindowRect();
    await this.driver.setWindowRect(null, null, frame.width - width + viewport.width, frame.height - height + viewport.height);
    return manager;
  }
}

export function launcherFor(engine) {
  if (engine === 'firefox') {
    // Firefox through Puppeteer over WebDriver BiDi, headless, with the puppeteer-core that the
    // Chromium launcher already uses.
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
    });
  }
  if (engine === 'webkit') {
    // scripts/test-browsers.mjs starts WebKitWebDriver on 127.0.0.1, with the Xvfb display that
    // MiniBrowser (which has no headless mode) is shown on.
    const port = Number(process.env.MRE_WEBKIT_DRIVER_PORT);
    if (!port) {
      throw new Error('WebKit runs through WebKitWebDriver on an Xvfb display; start both with: MRE_ENGINES=webkit npm test');
    }
    return new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // This WebKitWebDriver speaks classic WebDriver only (no BiDi).
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
      },
    });
  }
  return chromeLauncher({
    launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs() },
  });
}
