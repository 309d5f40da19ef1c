import { useMemo, useState } from 'react';
import { Alert } from '../../components/alert';
import { Card, Empty, LoadError, Loading, PageHeader } from '../../components/status';
import { CHANNEL_KEY_EVENTS_PATH, CHANNEL_KEYS_PATH, issueChannelKey, type ChannelKey, type ChannelKeyEvents, type IssuedChannelKey } from '../../features/channel-keys/api/channel-keys';
import { administeredAuthorities, toKeyRows, type KeyRow } from '../../features/channel-keys/components/channel-key-model';
import { ChannelKeysTable } from '../../features/channel-keys/components/channel-keys-table';
import { IssuedSecret } from '../../features/channel-keys/components/issued-secret';
import { KeyForm } from '../../features/channel-keys/components/key-form';
import { RevokeDialog } from '../../features/channel-keys/components/revoke-dialog';
import { useApi } from '../../hooks/use-api';
import { useSession } from '../../lib/session';

export const ChannelKeysRoute = () => {
  const { user, authorities, authority } = useSession();
  const keys = useApi<ChannelKey[]>(CHANNEL_KEYS_PATH);
  // who issued and revoked: only the audit log knows; without it the table still works
  const events = useApi<ChannelKeyEvents>(CHANNEL_KEY_EVENTS_PATH);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedChannelKey | null>(null);
  const [revoking, setRevoking] = useState<KeyRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const administered = useMemo(() => administeredAuthorities(user, authorities), [user, authorities]);
  const rows = useMemo(
    () => toKeyRows(keys.data ?? [], { authorities, events: events.data?.items ?? [], timeZone: authority?.timeZone }),
    [keys.data, events.data, authorities, authority?.timeZone],
  );

  const issue = async (input: Parameters<typeof issueChannelKey>[0]): Promise<void> => {
    const created = await issueChannelKey(input);
    const { secret: _secret, ...key } = created;
    keys.setData([key, ...(keys.data ?? [])]);
    setIssued(created);
    setCreating(false);
    setNotice(null);
    events.reload();
  };

  return (
    <>
      <PageHeader
        title="Ключи каналов приёма"
        subtitle="Доступ ЕПГУ и МФЦ к приёму заявлений через API; время — по органу, выбранному вверху страницы"
        actions={
          !creating && !issued ? (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)} disabled={administered.length === 0}>
              + Выпустить ключ
            </button>
          ) : null
        }
      />
      {issued ? <IssuedSecret issued={issued} onDone={() => setIssued(null)} /> : null}
      {notice ? (
        <Alert tone="success" testId="channel-key-notice">
          {notice}
        </Alert>
      ) : null}
      {creating ? <KeyForm administered={administered} currentAuthorityId={authority?.id ?? null} onSubmit={issue} onCancel={() => setCreating(false)} /> : null}
      <Card>
        {keys.error ? <LoadError error={keys.error} onRetry={keys.reload} /> : null}
        {!keys.data && keys.loading ? <Loading /> : null}
        {keys.data ? (
          keys.data.length === 0 ? (
            <Empty>Ключей, доступных вам, нет: канал передаёт заявления в орган только по действующему ключу.</Empty>
          ) : (
            <div className={keys.loading ? 'is-refreshing' : undefined}>
              <ChannelKeysTable rows={rows} onRevoke={setRevoking} />
            </div>
          )
        ) : null}
        {events.error && keys.data && keys.data.length > 0 ? <div className="muted small">Журнал аудита недоступен: не показано, кто выпустил и отозвал ключи.</div> : null}
      </Card>
      {revoking ? (
        <RevokeDialog
          row={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(key) => {
            keys.setData((keys.data ?? []).map((k) => (k.id === key.id ? key : k)));
            setRevoking(null);
            setNotice(`Ключ «${key.name}» отозван: запросы с ним отклоняются`);
            events.reload();
          }}
        />
      ) : null}
    </>
  );
};
