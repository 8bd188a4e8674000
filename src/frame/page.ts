import { loadFailedMessage, notFoundTitle, problemConsoleText, problemMessage, type FrameMessage } from './messages.js';
import { reportHeight } from './height.js';
import { planFrame } from './query.js';
import { FRAME_WIDGETS } from './widgets.js';

const PREFIX = 'mre-widgets frame.html:';

/** Shows a message at the top of the page: text only, never markup. */
function show(doc: Document, message: FrameMessage): void {
  let box = doc.querySelector('.mre-frame-messages');
  if (!box) {
    box = doc.createElement('div');
    box.className = 'mre-frame-messages';
    doc.body.prepend(box);
  }
  const p = doc.createElement('p');
  p.className = 'mre-frame-message';
  p.append(message.text);
  message.options.forEach((option, index) => {
    const code = doc.createElement('code');
    code.textContent = option;
    p.append(index ? ', ' : ' ', code);
  });
  if (message.options.length) p.append('.');
  box.append(p);
}

/**
 * The frame page (frame.html?widget=…): reads its address, sets the page's language and title,
 * shows the one widget with the attributes from the address, or says on the page and in the
 * console what is wrong, and tells the embedding page its height. `load` brings the widgets'
 * script. Resolves with the widget's element once it has rendered (undefined when the address
 * names none); never rejects.
 */
export async function startFramePage(win: Window, search: string, load: () => Promise<unknown>): Promise<HTMLElement | undefined> {
  const doc = win.document;
  const plan = planFrame(search);
  doc.documentElement.lang = plan.lang;
  doc.title = plan.widget ? FRAME_WIDGETS[plan.widget].title[plan.lang] : notFoundTitle(plan.lang);
  for (const name of plan.repeated) console.warn(`${PREFIX} "${name}" is in the address more than once; the first one is used.`);
  for (const problem of plan.problems) {
    (problem.kind === 'unknown-parameters' ? console.warn : console.error)(problemConsoleText(problem));
    show(doc, problemMessage(problem, plan.lang));
  }

  const heights = reportHeight(win);
  if (!plan.widget) {
    heights.post();
    return undefined;
  }

  const { tag } = FRAME_WIDGETS[plan.widget];
  const element = doc.createElement(tag);
  for (const [name, value] of plan.attributes) element.setAttribute(name, value);
  doc.body.append(element);
  const failed = (why: string) => {
    console.error(`${PREFIX} ${why}`);
    element.remove();
    show(doc, loadFailedMessage(plan.lang));
  };
  try {
    await load();
  } catch (error) {
    failed(`the widgets' script (mre-widgets.js, next to frame.html) could not be loaded: ${String(error)}`);
  }
  if (element.isConnected) {
    // The script defines every element as it runs; if it did not, it has said why in the console.
    if (!win.customElements.get(tag)) failed(`the widgets' script did not register <${tag}>.`);
    else await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  }
  heights.post();
  return element;
}
