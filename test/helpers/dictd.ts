/** A number in dictd's base 64, as a `.index` line writes an entry's offset and length. */
export function dictdBase64(n: number): string {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  do {
    out = digits[n % 64] + out;
    n = Math.floor(n / 64);
  } while (n > 0);
  return out;
}
