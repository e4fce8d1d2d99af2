// Plays Outlook for the task pane framed beside the appointment form: answers the Office shim's calls (the body, the
// subject, saving, the item id, single sign-on) from the form's state, as Outlook on the web would, and tells the
// pane about theme switches. Demo mode only.
import { useEffect, useRef, type RefObject } from 'react';
import type { InviteBody } from '../../server/domain/invite/types';
import { ITEM_NOT_SAVED, SHIM_CHANNEL, isShimRequest, restToEwsId, type ShimErrorInfo, type ShimEvent, type ShimRequest, type ShimResponse, type ShimStart } from './office-shim/wire';

/** What Outlook has open, as the pane may see it. */
export type OutlookItemState = {
  /** The Graph id; null for a new appointment that was never saved. */
  eventId: string | null;
  subject: string;
  body: InviteBody;
  seriesMasterId: string | null;
  isRecurring: boolean;
};

export type OutlookHostHandlers = {
  item: () => OutlookItemState;
  /** The pane replaced the body (body.setAsync). */
  onBodyChange: (body: InviteBody) => void;
  /** The pane asked Outlook to save (saveAsync): save and answer the Graph id. */
  save: () => Promise<string>;
  getToken: () => Promise<string>;
  start: () => Omit<ShimStart, 'item'>;
};

/** Office's refusal when HTML is set into a plain-text body (Body.setAsync's InvalidFormatError). */
const INVALID_FORMAT: ShimErrorInfo = { code: 9041, name: 'InvalidFormatError', message: 'The format of the specified data object is invalid.' };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A body in the format asked for, as Outlook converts it (text as HTML lines, HTML as its text). */
const bodyAs = (body: InviteBody, coercionType: string): string => {
  if (coercionType === body.contentType) return body.content;
  if (coercionType === 'html') return `<div>${escapeHtml(body.content).replace(/\r\n|\r|\n/g, '<br>')}</div>`;
  return new DOMParser().parseFromString(body.content, 'text/html').body.textContent ?? '';
};

const answerRequest = async (request: ShimRequest, handlers: OutlookHostHandlers): Promise<unknown> => {
  const item = handlers.item();
  switch (request.method) {
    case 'initialize':
      return { ...handlers.start(), item: { seriesId: item.seriesMasterId ? restToEwsId(item.seriesMasterId) : null, isRecurring: item.isRecurring } } satisfies ShimStart;
    case 'body.getType':
      return item.body.contentType;
    case 'body.get':
      return bodyAs(item.body, String(request.args[0]));
    case 'body.set': {
      const [data, coercionType] = request.args as [string, string];
      if (coercionType === 'html' && item.body.contentType === 'text') throw INVALID_FORMAT;
      handlers.onBodyChange({ contentType: coercionType === 'text' ? 'text' : 'html', content: data });
      return undefined;
    }
    case 'subject.get':
      return item.subject;
    case 'item.save':
      return restToEwsId(await handlers.save());
    case 'item.getId':
      if (!item.eventId) throw ITEM_NOT_SAVED;
      return restToEwsId(item.eventId);
    case 'auth.getAccessToken':
      return handlers.getToken();
  }
};

const isErrorInfo = (value: unknown): value is ShimErrorInfo =>
  typeof value === 'object' && value !== null && typeof (value as ShimErrorInfo).name === 'string' && typeof (value as ShimErrorInfo).code === 'number';

/** Answers the pane framed in `pane`; `handlers` may change between renders (the latest are used). */
export const useOutlookHost = (pane: RefObject<HTMLIFrameElement | null>, handlers: OutlookHostHandlers, isDarkTheme: boolean): void => {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const origin = window.location.origin;
    const onMessage = (event: MessageEvent) => {
      const paneWindow = pane.current?.contentWindow;
      // Only the framed Roundtable page, on our own origin, gets answers.
      if (!paneWindow || event.source !== paneWindow || event.origin !== origin || !isShimRequest(event.data)) return;
      const request = event.data;
      const reply = (answer: { ok: true; value: unknown } | { ok: false; error: ShimErrorInfo }) => {
        const response: ShimResponse = { channel: SHIM_CHANNEL, id: request.id, ...answer };
        paneWindow.postMessage(response, origin);
      };
      answerRequest(request, latest.current).then(
        (value) => reply({ ok: true, value }),
        (error: unknown) => reply({ ok: false, error: isErrorInfo(error) ? error : { code: 9002, name: 'InternalError', message: error instanceof Error ? error.message : String(error) } }),
      );
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [pane]);

  useEffect(() => {
    const event: ShimEvent = { channel: SHIM_CHANNEL, event: 'officeThemeChanged', isDarkTheme };
    pane.current?.contentWindow?.postMessage(event, window.location.origin);
  }, [pane, isDarkTheme]);
};
