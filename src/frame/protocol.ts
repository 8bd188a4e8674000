/**
 * The messages between a frame page (frame.html) and the page that embeds it. The frame tells
 * its content height; frame-resize.js on the embedding page asks for it once when it starts, for
 * frames that told it before the script was there.
 */

/** `{ type: FRAME_HEIGHT, height }`, from the frame to its parent, height in CSS pixels. */
export const FRAME_HEIGHT = 'mre-widgets:frame-height';

/** `{ type: FRAME_HEIGHT_REQUEST }`, from the parent to the frame: "tell me your height now". */
export const FRAME_HEIGHT_REQUEST = 'mre-widgets:frame-height-request';

/** The heights the embedding page accepts, in CSS pixels; anything else is ignored. */
export const MIN_FRAME_HEIGHT = 0;
export const MAX_FRAME_HEIGHT = 20_000;

/** The file name of the frame page; only iframes showing it are resized. */
export const FRAME_PAGE = 'frame.html';

export interface FrameHeightMessage {
  type: typeof FRAME_HEIGHT;
  height: number;
}

/** Whether `data` is a message of `type` (any other shape, or a foreign message, is not). */
export function isMessage(data: unknown, type: string): data is { type: string } {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;
}

/**
 * The height in a frame-height message, rounded up to whole pixels, or `undefined` when the
 * message is not one or its height is not a finite number within the bounds.
 */
export function frameHeight(data: unknown): number | undefined {
  if (!isMessage(data, FRAME_HEIGHT)) return undefined;
  const { height } = data as { height?: unknown };
  if (typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  if (height < MIN_FRAME_HEIGHT || height > MAX_FRAME_HEIGHT) return undefined;
  return Math.ceil(height);
}
