// Prints the current six-digit TOTP code for a base32 secret, e.g. a demo account's:
//   node scripts/totp.mjs KNQW25TFOJVWC3RAIFSG22LOEIYDEMRW
import { generate } from 'otplib';

const secret = process.argv[2];
if (!secret) {
  console.error('Usage: node scripts/totp.mjs <base32 secret>');
  process.exit(1);
}
console.log(await generate({ secret }));
