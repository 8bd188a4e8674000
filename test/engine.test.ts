import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine, engineName, forcedColoursRefused, itIn } from './engine.js';
import { press, type } from './keys.js';

describe('the test harness', () => {
  it('runs in the engine it says, and the test server agrees', async () => {
    expect(await executeServerCommand('engine-name')).to.equal(engine);
    const ua = navigator.userAgent;
    const seen = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : /AppleWebKit\//.test(ua) ? 'webkit' : ua;
    expect(seen).to.equal(engine);
    expect(engineName).to.equal({ chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' }[engine]);
  });

  it('types repeated letters and accents as typed, one key at a time', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="zoek" />`);
    input.focus();
    await type('leeg Kaatsheuvel');
    expect(input.value).to.equal('leeg Kaatsheuvel');
  });

  it('presses Space, Enter and Tab by name', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><input type="checkbox" aria-label="a" /><button>b</button></div>`);
    const [box, button] = [wrapper.querySelector('input')!, wrapper.querySelector('button')!];
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    box.focus();
    await press('Space');
    expect(box.checked).to.be.true;
    await press('Tab');
    expect(document.activeElement).to.equal(button);
    await press('Enter');
    expect(clicks).to.equal(1);
  });

  itIn(['chromium'], 'the DevTools protocol that emulates forced colours', forcedColoursRefused)(
    'switches forced colours on and off through the test server',
    async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
      expect(matchMedia('(forced-colors: active)').matches).to.be.false;
    },
  );
});
