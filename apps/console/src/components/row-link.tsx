import type { ReactNode } from 'react';

// The link in the first cell of a clickable table row: a real address for a new tab, the row's own navigation on a click.
export const RowLink = ({ href, onOpen, children }: { href: string; onOpen: () => void; children: ReactNode }) => (
  <a
    href={href}
    className="table__link"
    onClick={(e) => {
      e.preventDefault();
      e.stopPropagation();
      onOpen();
    }}
  >
    {children}
  </a>
);
