// A few line icons (24×24, stroke), so the navigation does not depend on emoji fonts.
const paths: Record<string, string> = {
  queue: 'M4 6h16M4 12h16M4 18h10',
  intake: 'M12 5v14M5 12h14',
  sign: 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
  persons: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 20c0-3.3 3.6-6 8-6s8 2.7 8 6',
  calendar: 'M4 7h16v13H4zM4 11h16M8 3v4M16 3v4',
  audit: 'M12 3l8 3v6c0 4.5-3.4 8.3-8 9-4.6-.7-8-4.5-8-9V6l8-3zM9 12l2 2 4-4',
  complaint: 'M4 5h16v11H8l-4 4V5zM12 8v4M12 14.5v.01',
  sla: 'M5 20V10M12 20V4M19 20v-7',
  payments: 'M3 7h18v11H3zM3 11h18M7 15h3',
  parameters: 'M4 7h9M17 7h3M4 17h3M11 17h9M13 5v4M7 15v4',
  key: 'M3 12a4 4 0 1 0 8 0 4 4 0 1 0-8 0M11 12h10M17 12v3M20 12v2',
  journal: 'M5 4h12a2 2 0 0 1 2 2v14H7a2 2 0 0 1-2-2V4zM9 8h6M9 12h6M9 16h4',
  calculator: 'M6 3h12v18H6zM9 7h6M9 11h.01M12 11h.01M15 11h.01M9 14h.01M12 14h.01M15 14h.01M9 17h.01M12 17h.01M15 17h.01',
};

export const Icon = ({ name }: { name: keyof typeof paths | string }) => (
  <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d={paths[name] ?? ''} />
  </svg>
);
