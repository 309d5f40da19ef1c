import { Card } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
import type { CaseEvent } from '../../../types/api';

type Props = { events: CaseEvent[]; timeZone: string; stateTitle: (code: string | null) => string };

// The append-only history: who did what, when, and how the state changed.
export const Timeline = ({ events, timeZone, stateTitle }: Props) => (
  <Card title="Ход дела" testId="timeline">
    <ol className="timeline">
      {[...events].reverse().map((e) => (
        <li key={e.seq} className="timeline__item">
          <div className="timeline__dot" aria-hidden="true" />
          <div className="timeline__body">
            <div className="timeline__title">{e.title}</div>
            <div className="timeline__meta">
              <time dateTime={e.at}>{formatDateTime(e.at, timeZone)}</time>
              {e.actorName ? ` · ${e.actorName}` : ' · система'}
            </div>
            {e.toState ? (
              <div className="timeline__states small">
                {e.fromState ? <>{e.fromStateTitle ?? stateTitle(e.fromState)} → </> : null}
                <strong>{e.toStateTitle ?? stateTitle(e.toState)}</strong>
              </div>
            ) : null}
            {typeof e.data?.comment === 'string' && e.data.comment ? <div className="timeline__note small">«{e.data.comment}»</div> : null}
          </div>
        </li>
      ))}
    </ol>
  </Card>
);
