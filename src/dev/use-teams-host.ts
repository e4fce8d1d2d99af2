// Plays the host for the framed tab: answers its teams-js calls, sends it host events, and keeps a console log.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { answerTeamsCall, type HostChange } from './answer-teams-call';
import { isTeamsRequest, type HostEnvironment, type TeamsEvent, type TeamsResponse } from './teams-wire';

export type ConsoleEntry = {
  id: number;
  at: Date;
  direction: 'fromTab' | 'toTab';
  func: string;
  detail: string;
  tone: 'normal' | 'warning';
};

const MAX_ENTRIES = 200;

/** Args as one short line, with tokens left out. */
const summarize = (args: unknown[] | undefined): string => {
  if (!args || args.length === 0) return '';
  const text = JSON.stringify(args, (_key, value: unknown) =>
    typeof value === 'string' && /^eyJ[\w-]+\.[\w-]+\.[\w-]*$/.test(value) ? `<token ${value.length} chars>` : value,
  );
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

let nextEntryId = 1;

export type TeamsHost = {
  log: ConsoleEntry[];
  clearLog: () => void;
  /** Sends a host event (e.g. themeChange) to the tab. */
  sendEvent: (func: string, args: unknown[]) => void;
};

export const useTeamsHost = (
  frame: RefObject<HTMLIFrameElement | null>,
  environment: HostEnvironment | null,
  onChange: (change: HostChange) => void,
): TeamsHost => {
  const [log, setLog] = useState<ConsoleEntry[]>([]);
  const append = useCallback((entry: Omit<ConsoleEntry, 'id' | 'at'>) => {
    setLog((previous) => [...previous.slice(-(MAX_ENTRIES - 1)), { ...entry, id: nextEntryId++, at: new Date() }]);
  }, []);

  useEffect(() => {
    if (!environment) return undefined;
    const origin = window.location.origin;
    const onMessage = (event: MessageEvent) => {
      const tab = frame.current?.contentWindow;
      // Only the framed Roundtable page, on our own origin, gets answers.
      if (!tab || event.source !== tab || event.origin !== origin || !isTeamsRequest(event.data)) return;
      const request = event.data;
      append({ direction: 'fromTab', func: request.func, detail: summarize(request.args), tone: 'normal' });
      void answerTeamsCall(request, environment).then((answer) => {
        if (answer.change) onChange(answer.change);
        if (!answer.reply) return;
        const response: TeamsResponse = { id: request.id, uuidAsString: request.uuidAsString, args: answer.reply };
        tab.postMessage(response, origin);
        append({
          direction: 'toTab',
          func: request.func,
          detail: answer.note ?? summarize(answer.reply),
          tone: answer.isUnknown ? 'warning' : 'normal',
        });
      });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame, environment, onChange, append]);

  const sendEvent = useCallback(
    (func: string, args: unknown[]) => {
      const tab = frame.current?.contentWindow;
      if (!tab) return;
      const message: TeamsEvent = { func, args };
      tab.postMessage(message, window.location.origin);
      append({ direction: 'toTab', func, detail: summarize(args), tone: 'normal' });
    },
    [frame, append],
  );

  const clearLog = useCallback(() => setLog([]), []);
  return { log, clearLog, sendEvent };
};
