import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** Footprint green: a teal leaning to jade, dark enough at shade 7 for white text (WCAG AA). */
const jade: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#0b8a63',
  '#087f5b',
  '#05664a',
];

// System fonts that carry full Vietnamese diacritics; no web font download needed.
const fontFamily =
  'Inter, "Segoe UI Variable", "Segoe UI", system-ui, -apple-system, BlinkMacSystemFont, Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'jade',
  primaryShade: { light: 7, dark: 6 },
  colors: { jade, teal: jade },
  fontFamily,
  fontFamilyMonospace: 'ui-monospace, "SF Mono", "Cascadia Mono", Menlo, Consolas, monospace',
  headings: { fontFamily, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'lg' } },
    Modal: {
      defaultProps: { radius: 'lg', overlayProps: { backgroundOpacity: 0.4, blur: 2 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    // Mantine 9 keeps closed dropdowns in the DOM; their listbox shares the field's label, so a
    // label would name two elements. Mount option lists only while open (as Mantine 8 did).
    Combobox: { defaultProps: { keepMounted: false } },
    // Vietnamese diacritics read poorly in small capitals.
    Badge: { styles: { root: { textTransform: 'none' } } },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});
