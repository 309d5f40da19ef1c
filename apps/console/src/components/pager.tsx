type PagerProps = { total: number; limit: number; offset: number; onChange: (offset: number) => void };

export const Pager = ({ total, limit, offset, onChange }: PagerProps) => {
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav className="pager" aria-label="Страницы">
      <span className="pager__info">
        {from}–{to} из {total}
      </span>
      <button type="button" className="button button--ghost button--small" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        ← Назад
      </button>
      <span className="pager__page" aria-live="polite">
        стр. {page} из {pages}
      </span>
      <button type="button" className="button button--ghost button--small" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        Вперёд →
      </button>
    </nav>
  );
};
