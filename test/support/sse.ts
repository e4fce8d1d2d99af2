// Reads a Server-Sent Events response as a browser's EventSource would: blocks of `id:`, `event:`, `data:` lines.
export type SseMessage = { id: string | null; event: string; data: string };

export const readSse = (response: Response) => {
  if (!response.body) throw new Error('no response body');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const messages: SseMessage[] = [];

  const parse = (block: string): SseMessage | null => {
    const message: SseMessage = { id: null, event: 'message', data: '' };
    let hasField = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || line === '') continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      hasField = true;
      if (field === 'id') message.id = value;
      else if (field === 'event') message.event = value;
      else if (field === 'data') message.data = message.data ? `${message.data}\n${value}` : value;
    }
    return hasField ? message : null;
  };

  return {
    messages,
    /** Waits until `n` messages have arrived (or the stream ends). */
    async until(n: number): Promise<SseMessage[]> {
      while (messages.length < n) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const message = parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (message) messages.push(message);
        }
      }
      return messages;
    },
    close: () => reader.cancel(),
  };
};
