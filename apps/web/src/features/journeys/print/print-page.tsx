import { useEffect } from 'react';
import './print.css';

/** A4 landscape minus the page margins, in CSS pixels. */
const PRINTABLE_WIDTH = 1060;

/**
 * Mount on a page that prints as a journey map: marks the page for print.css, asks for A4
 * landscape (the @page rule lives in this element, so it applies only while the page is open) and,
 * just before printing, shrinks a map wider than the paper so every stage is on it.
 */
export function PrintPage() {
  useEffect(() => {
    const fit = () => {
      for (const el of document.querySelectorAll<HTMLElement>('.jm-scroll')) {
        const scale = Math.min(1, PRINTABLE_WIDTH / Math.max(1, el.scrollWidth));
        el.style.zoom = scale < 1 ? String(scale) : '';
      }
    };
    const reset = () => {
      for (const el of document.querySelectorAll<HTMLElement>('.jm-scroll')) el.style.zoom = '';
    };
    window.addEventListener('beforeprint', fit);
    window.addEventListener('afterprint', reset);
    return () => {
      window.removeEventListener('beforeprint', fit);
      window.removeEventListener('afterprint', reset);
    };
  }, []);
  return (
    <span data-journey-print hidden>
      <style>{'@media print { @page { size: A4 landscape; margin: 8mm; } }'}</style>
    </span>
  );
}
