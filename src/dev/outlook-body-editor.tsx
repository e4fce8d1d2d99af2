// The appointment body in the dev host's Outlook form: an HTML body rendered and editable (a sandboxed frame in
// design mode, so the invite's own styles stay out of the host page and its scripts never run), a plain-text body
// in a text area, and the body exactly as stored, for developers (and tests) to read. Demo mode only.
import { Caption1, Field, FluentProvider, Textarea, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { InviteBody } from '../../server/domain/invite/types';
import { useOutlookDevT } from './outlook-catalogue-en';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  frame: {
    display: 'block',
    width: '100%',
    height: '380px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  source: {
    margin: 0,
    maxHeight: '160px',
    overflow: 'auto',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** An Outlook document (<html>…) stays a document when edited; a fragment stays a fragment. */
const serialize = (doc: Document, isDocument: boolean): string => (isDocument ? doc.documentElement.outerHTML : doc.body.innerHTML);

export type OutlookBodyEditorProps = { body: InviteBody; onChange: (body: InviteBody) => void };

export const OutlookBodyEditor = ({ body, onChange }: OutlookBodyEditorProps) => {
  const t = useOutlookDevT();
  const styles = useStyles();
  const frame = useRef<HTMLIFrameElement>(null);
  const sourceId = useId();
  // What the frame shows: changes only when the body changes from outside (the pane, a save), never while typing,
  // so the caret stays where the user is.
  const [shown, setShown] = useState(body.content);
  const typed = useRef<string | null>(null);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });

  useEffect(() => {
    if (body.content !== typed.current) setShown(body.content);
  }, [body.content]);

  const onLoad = () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    doc.designMode = 'on';
    const isDocument = /^\s*(<!doctype[^>]*>\s*)?<html[\s>]/i.test(shown);
    doc.addEventListener('input', () => {
      typed.current = serialize(doc, isDocument);
      latestOnChange.current({ contentType: 'html', content: typed.current });
    });
  };

  return (
    <div className={styles.root}>
      {body.contentType === 'html' ? (
        // An invite is a light page whatever Outlook's theme: its own HTML sets dark text on no background.
        <FluentProvider theme={webLightTheme}>
          <iframe
            ref={frame}
            className={styles.frame}
            title={t('outlookDev.body')}
            sandbox="allow-same-origin"
            srcDoc={shown}
            onLoad={onLoad}
            data-testid="outlook-body"
          />
        </FluentProvider>
      ) : (
        <Field label={t('outlookDev.body')}>
          <Textarea value={body.content} onChange={(_, data) => onChange({ contentType: 'text', content: data.value })} rows={14} resize="vertical" data-testid="outlook-body" />
        </Field>
      )}
      {/* A <pre>, not a text area: a text area's value turns CRLF into LF, and this shows the body byte for byte. */}
      <Caption1 id={sourceId}>{t('outlookDev.source')}</Caption1>
      <pre className={styles.source} tabIndex={0} aria-labelledby={sourceId} data-testid="outlook-body-source">
        {body.content}
      </pre>
    </div>
  );
};
