import './print.css';

/**
 * Mount on a page that prints as a journey map: marks the page for print.css and asks for A4
 * landscape. The @page rule lives in this element, so it applies only while the page is open.
 */
export function PrintPage() {
  return (
    <span data-journey-print hidden>
      <style>{'@media print { @page { size: A4 landscape; margin: 8mm; } }'}</style>
    </span>
  );
}
