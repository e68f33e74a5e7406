import type { Locale } from '@footprint/core';

/** Departments carry both names; show the one in the UI language (falling back to the other). */
export function departmentName(d: { nameVi: string; nameEn: string }, locale: Locale): string {
  return (locale === 'en' ? d.nameEn : d.nameVi) || d.nameVi || d.nameEn;
}
