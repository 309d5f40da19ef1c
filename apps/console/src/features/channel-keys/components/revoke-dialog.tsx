import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Dialog } from '../../../components/dialog';
import { revokeChannelKey, type ChannelKey } from '../api/channel-keys';
import { failureMessage, type KeyRow } from './channel-key-model';

type Props = { row: KeyRow; onClose: () => void; onRevoked: (key: ChannelKey) => void };

// Revocation cannot be undone: the channel's requests with this key get 401 from then on, so it is confirmed first.
export const RevokeDialog = ({ row, onClose, onRevoked }: Props) => {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const revoke = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      onRevoked(await revokeChannelKey(row.id));
    } catch (e) {
      setFailure(failureMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title="Отзыв ключа канала"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Отмена
          </button>
          <button type="button" className="button button--danger-ghost" disabled={busy} onClick={() => void revoke()} data-testid="channel-key-revoke-confirm">
            {busy ? 'Отзыв…' : 'Отозвать ключ'}
          </button>
        </>
      }
    >
      {failure ? (
        <Alert tone="error" title="Ключ не отозван">
          {failure}
        </Alert>
      ) : null}
      <p>
        Отозвать ключ «{row.name}» ({row.channelTitle})?
      </p>
      <p className="muted">
        Запросы канала с этим ключом сразу начнут отклоняться. Отзыв нельзя отменить: чтобы возобновить приём по каналу, выпустите новый ключ и передайте его оператору канала.
      </p>
    </Dialog>
  );
};
