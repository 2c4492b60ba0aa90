/** Turning what the file stores into what the cell shows. */

/** OOXML escapes characters XML cannot carry as _xHHHH_ ("_x000D_" is a carriage return). */
export function decodeEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const DAY = 86_400_000;
// Serial 0 is 1899-12-30 in the 1900 system (Excel counts the non-existent 1900-02-29), and
// 1904-01-01 in the 1904 system of old Mac workbooks.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date cell as ISO text ("2022-08-31", "2022-08-31T14:30:00", or "14:30:00" for a bare time).
 * Text rather than a serial number, so that a date can never pass for an amount in a reader
 * (readAmount("2022-08-31") is undefined; readAmount(44804) would be 44 804 tkr). (choice)
 */
export function dateText(serial: number, date1904: boolean): string {
  const milliseconds = Math.round(serial * DAY / 1000) * 1000;
  const iso = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + milliseconds).toISOString();
  const time = iso.slice(11, 19);
  if (serial >= 0 && serial < 1) return time;
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}
