import { useId, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import type { IssuedChannelKey } from '../api/channel-keys';
import { channelTitle } from './channel-key-model';

type Props = { issued: IssuedChannelKey; onDone: () => void };

// The API stores only the key's SHA-256: this is the one moment the secret exists outside the channel's configuration.
export const IssuedSecret = ({ issued, onDone }: Props) => {
  const uid = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copySecret = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(issued.secret);
      setCopy('copied');
    } catch {
      // no clipboard outside a secure context: select the text so Ctrl+C copies it
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <Alert
      tone="warning"
      title={`Ключ «${issued.name}» (${channelTitle(issued.channel)}) выпущен`}
      testId="channel-key-secret"
      actions={
        <button type="button" className="button button--small" onClick={onDone}>
          Я сохранил ключ
        </button>
      }
    >
      <p>
        <strong>Скопируйте ключ сейчас: он показан один раз и больше показан не будет.</strong> В системе хранится только его хеш; если ключ потерян, отзовите его и
        выпустите новый.
      </p>
      <label className="field__label" htmlFor={`${uid}-secret`}>
        Ключ для заголовка Authorization: ApiKey &lt;ключ&gt;
      </label>
      <div className="row-actions">
        <input
          id={`${uid}-secret`}
          ref={input}
          className="input mono"
          readOnly
          value={issued.secret}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="channel-key-secret-value"
          autoComplete="off"
          spellCheck={false}
        />
        <button type="button" className="button button--primary" onClick={() => void copySecret()}>
          Копировать
        </button>
      </div>
      <div role="status" aria-live="polite" className="small">
        {copy === 'copied' ? 'Ключ скопирован в буфер обмена.' : copy === 'failed' ? 'Скопировать автоматически не удалось: ключ выделен, нажмите Ctrl+C.' : null}
      </div>
    </Alert>
  );
};
