import { useEffect, useRef, useState, type RefObject } from 'react';

// The rendered width of a box, so an SVG chart is drawn at real pixels and its text stays 12px on any screen.
export const useWidth = <T extends HTMLElement>(fallback = 720): [RefObject<T | null>, number] => {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width) || fallback));
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width];
};
