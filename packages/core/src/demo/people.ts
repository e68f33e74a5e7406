import { foldForSearch } from '../text/normalize.js';
import type { Rng } from './random.js';
import {
  FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, MIDDLE_NAMES_FEMALE, MIDDLE_NAMES_MALE,
  PHONE_PREFIXES, PROVINCES,
} from './vietnam.js';

export type Gender = 'male' | 'female';

export interface DemoPerson {
  name: string;
  gender: Gender;
  email: string;
  phone: string;
  province: string;
}

const EMAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'];

/** A Vietnamese person: family name first, given name last ("Nguyễn Thị Mai"). */
export function makePerson(rng: Rng, serial: number, emailDomain?: string): DemoPerson {
  const gender: Gender = rng.next() < 0.5 ? 'male' : 'female';
  const family = rng.weighted(FAMILY_NAMES);
  const middle = rng.pick(gender === 'male' ? MIDDLE_NAMES_MALE : MIDDLE_NAMES_FEMALE);
  const given = rng.pick(gender === 'male' ? GIVEN_NAMES_MALE : GIVEN_NAMES_FEMALE);
  const name = `${family} ${middle} ${given}`;
  // Emails are ASCII ("nguyenthimai"); the serial keeps them unique at any size.
  const local = foldForSearch(`${given}.${family}${middle}`).replace(/[^a-z.]/g, '');
  const email = `${local}${serial}@${emailDomain ?? rng.pick(EMAIL_DOMAINS)}`;
  const phone = `${rng.pick(PHONE_PREFIXES)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
  return { name, gender, email, phone, province: rng.weighted(PROVINCES) };
}
