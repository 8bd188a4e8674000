// Keyboard input that arrives the same in Chromium, Firefox and WebKit. sendKeys from
// @web/test-runner-commands passes key names and text straight to each engine's automation, and two
// of them differ:
// - Puppeteer's WebDriver BiDi keyboard (Firefox) does not know the key name "Space"; " " works
//   everywhere.
// - WebKitWebDriver gets a whole `type` as one action sequence (every key down, then every key
//   up), which drops a key repeated in it: "leeg" arrives as "leg". One key per action does not.
import { sendKeys } from '@web/test-runner-commands';

/** Presses and releases one key, by its name (`Enter`, `ArrowDown`, `Space`, `Tab`) or character (`+`). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key === 'Space' ? ' ' : key });
}

/** Types text into the focused element, one key at a time. */
export async function type(text: string): Promise<void> {
  for (const char of text) await sendKeys({ type: char });
}
