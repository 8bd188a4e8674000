import { expect, fixture, html } from '@open-wc/testing';
import type * as L from './leaflet.js';
import sinon from 'sinon';
import { CooperativeGestures, type GestureHint } from './gestures.js';

/** The part of a Leaflet map the gestures use, recording what they do to it. */
function fakeMap(zoom = 10) {
  const calls: string[] = [];
  const map = {
    dragging: { enable: () => calls.push('drag on'), disable: () => calls.push('drag off') },
    getZoom: () => zoom,
    getMinZoom: () => 7,
    getMaxZoom: () => 16,
    mouseEventToContainerPoint: (e: MouseEvent) => ({ x: e.clientX, y: e.clientY }),
    setZoomAround: (point: { x: number; y: number }, next: number, options: { animate: boolean }) => {
      calls.push(`zoom ${Math.round((next - zoom) * 10) / 10} at ${point.x},${point.y}${options.animate ? ' animated' : ''}`);
      zoom = next;
    },
  };
  return { map: map as unknown as L.Map, calls };
}

/** A touch event as the browser gives it, with the fingers on the screen (any engine: only `touches` is read). */
function touch(type: string, points: [number, number][]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'touches', { value: points.map(([clientX, clientY], identifier) => ({ identifier, clientX, clientY })) });
  return event;
}

const pointer = (type: string, id: number, x: number, y: number, pointerType = 'touch') =>
  new PointerEvent(type, { pointerId: id, pointerType, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true });

async function setup(pointerMode: boolean) {
  const container = await fixture<HTMLDivElement>(html`<div><span></span></div>`);
  const target = container.firstElementChild!;
  const { map, calls } = fakeMap();
  const hints: GestureHint[] = [];
  const gestures = new CooperativeGestures(map, container, (kind) => hints.push(kind), pointerMode);
  gestures.setEnabled(true);
  return { container, target, gestures, calls, hints };
}

describe('CooperativeGestures', () => {
  it('with touch events: one finger stops the map’s dragging until it lifts, and a drag of it asks for the hint, once', async () => {
    const { target, gestures, calls, hints } = await setup(false);
    target.dispatchEvent(touch('touchstart', [[100, 100]]));
    expect(calls).to.deep.equal(['drag off']);
    target.dispatchEvent(touch('touchmove', [[100, 95]]));
    expect(hints, 'not within 10 pixels').to.deep.equal([]);
    const move = touch('touchmove', [[100, 80]]);
    target.dispatchEvent(move);
    target.dispatchEvent(touch('touchmove', [[100, 60]]));
    expect(hints).to.deep.equal(['touch']);
    expect(move.defaultPrevented, 'the page scrolls').to.be.false;
    target.dispatchEvent(touch('touchend', []));
    expect(calls).to.deep.equal(['drag off', 'drag on']);
    // Two fingers: no hint; they are the map's.
    target.dispatchEvent(touch('touchstart', [[100, 100]]));
    target.dispatchEvent(touch('touchstart', [[100, 100], [150, 100]]));
    target.dispatchEvent(touch('touchmove', [[100, 50], [150, 50]]));
    target.dispatchEvent(touch('touchend', [[100, 50]]));
    target.dispatchEvent(touch('touchcancel', []));
    expect(hints).to.deep.equal(['touch']);
    expect(calls).to.deep.equal(['drag off', 'drag on', 'drag off', 'drag on']);
    gestures.setEnabled(false);
  });

  it('with pointer events: the same, the mouse left alone, and the document let go when the last finger lifts', async () => {
    const { target, gestures, calls, hints } = await setup(true);
    const add = sinon.spy(document, 'addEventListener');
    const remove = sinon.spy(document, 'removeEventListener');
    try {
      target.dispatchEvent(pointer('pointerdown', 1, 50, 50, 'mouse'));
      target.dispatchEvent(pointer('pointermove', 1, 50, 10, 'mouse'));
      expect(calls).to.deep.equal([]);
      target.dispatchEvent(pointer('pointerdown', 2, 100, 100));
      expect(calls).to.deep.equal(['drag off']);
      target.dispatchEvent(pointer('pointermove', 2, 100, 70));
      expect(hints).to.deep.equal(['touch']);
      // A second finger: the map's; a move of it is no reason for a hint.
      target.dispatchEvent(pointer('pointerdown', 3, 140, 100));
      target.dispatchEvent(pointer('pointermove', 3, 140, 40));
      expect(hints).to.deep.equal(['touch']);
      // One finger lifts: the other stays the map's until it lifts too.
      document.body.dispatchEvent(pointer('pointerup', 2, 100, 70));
      expect(calls).to.deep.equal(['drag off']);
      document.body.dispatchEvent(pointer('pointercancel', 3, 140, 40));
      expect(calls).to.deep.equal(['drag off', 'drag on']);
      expect(add.getCalls().map((c) => c.args[0])).to.deep.equal(['pointerup', 'pointercancel']);
      expect(remove.getCalls().map((c) => c.args[0])).to.include.members(['pointerup', 'pointercancel']);
    } finally {
      add.restore();
      remove.restore();
      gestures.setEnabled(false);
    }
  });

  it('leaves the plain wheel to the page with a hint, and zooms around the pointer with Ctrl or ⌘, at once', async () => {
    const { target, gestures, calls, hints } = await setup(false);
    const wheel = (deltaY: number, keys: { ctrlKey?: boolean; metaKey?: boolean } = {}, deltaMode = 0) =>
      new WheelEvent('wheel', { deltaY, deltaMode, clientX: 30, clientY: 40, bubbles: true, cancelable: true, composed: true, ...keys });
    const plain = wheel(-100);
    target.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.be.false;
    expect(hints).to.deep.equal(['wheel']);
    const ctrl = wheel(-150, { ctrlKey: true });
    target.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).to.be.true;
    expect(calls).to.deep.equal(['zoom 1.5 at 30,40']);
    // A trackpad pinch: small steps add up to a tenth of a level before the map zooms.
    target.dispatchEvent(wheel(4, { metaKey: true }));
    target.dispatchEvent(wheel(4, { metaKey: true }));
    expect(calls).to.have.length(1);
    target.dispatchEvent(wheel(4, { metaKey: true }));
    expect(calls.at(-1)).to.equal('zoom -0.1 at 30,40');
    // Lines and pages count as 20 and 60 pixels (here with the 2 pixels the pinch left: 0.9 of a
    // level); the zoom stops at the map's most (16, from 12.3).
    target.dispatchEvent(wheel(-5, { ctrlKey: true }, 1));
    expect(calls.at(-1)).to.equal('zoom 0.9 at 30,40');
    const count = calls.length;
    target.dispatchEvent(wheel(-60, { ctrlKey: true }, 2));
    expect(calls.at(-1)).to.equal('zoom 3.7 at 30,40');
    target.dispatchEvent(wheel(-600, { ctrlKey: true }));
    expect(calls).to.have.length(count + 1);
    expect(hints).to.deep.equal(['wheel']);
    gestures.setEnabled(false);
  });

  it('listens to nothing once switched off', async () => {
    const { target, gestures, calls, hints } = await setup(false);
    gestures.setEnabled(false);
    gestures.setEnabled(false);
    target.dispatchEvent(touch('touchstart', [[100, 100]]));
    target.dispatchEvent(touch('touchmove', [[100, 40]]));
    const ctrl = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true });
    target.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).to.be.false;
    expect(hints).to.deep.equal([]);
    expect(calls).to.deep.equal([]);
  });
});
