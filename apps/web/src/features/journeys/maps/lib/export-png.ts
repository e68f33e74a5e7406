/** A file name from a map's name: letters, digits and dashes, accents dropped. */
export function fileName(name: string, ext: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${base || 'ban-do-hanh-trinh'}.${ext}`;
}

/**
 * The whole grid as a PNG (not only the part scrolled into view), without the editing controls,
 * at twice the screen's resolution so it prints sharply. html-to-image loads on demand.
 */
export async function downloadPng(el: HTMLElement, name: string): Promise<void> {
  const { toPng } = await import('html-to-image');
  const url = await toPng(el, {
    backgroundColor: '#ffffff',
    pixelRatio: 2,
    width: el.scrollWidth,
    height: el.scrollHeight,
    filter: (node) => !(node instanceof HTMLElement && node.classList.contains('jm-ui')),
  });
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(name, 'png');
  document.body.append(a);
  a.click();
  a.remove();
}
